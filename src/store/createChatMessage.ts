import type { MessageContent, MessageRole, ToolCall } from '../client/types.ts'
import type { Attachment, ChatMessage, DeliveryState } from './types.ts'
import { randomId } from '../client/randomId.ts'

/** What {@link createChatMessage} needs: a role and either `text` or `content`; the rest is optional. */
export interface ChatMessageInit {
  readonly role: MessageRole
  /** Plain text; becomes the content when `content` is absent. Markdown for assistant messages. */
  readonly text?: string
  /** Content blocks (text, images, files); its text blocks become `text` when `text` is absent. */
  readonly content?: MessageContent
  /** Stable React key. @default `id`, else a new UUID */
  readonly key?: string
  /** The server's message id, if the message came from a server. */
  readonly id?: string
  /** When it was written. @default now */
  readonly createdAt?: number | Date
  /** @default [] */
  readonly toolCalls?: readonly ToolCall[]
  readonly delivery?: DeliveryState
  readonly correlationId?: string
  readonly attachments?: readonly Attachment[]
}

const textOf = (content: MessageContent) =>
  typeof content === 'string'
    ? content
    : content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('\n')

/**
 * Builds a `ChatMessage` from your own data, for `Thread` and `Message` without the kit's hooks.
 *
 * @example
 * ```ts
 * const messages = [
 *   createChatMessage({ role: 'user', text: 'What is the weather in Paris?' }),
 *   createChatMessage({ role: 'assistant', text: 'It is **sunny**.', createdAt: new Date('2026-11-25T09:00Z') }),
 * ]
 * ```
 */
export function createChatMessage(init: ChatMessageInit): ChatMessage {
  const { role, text, content, key, id, createdAt, toolCalls, ...rest } = init
  const body = content ?? text ?? ''
  return {
    ...rest,
    key: key ?? id ?? randomId(),
    ...(id === undefined ? {} : { id }),
    role,
    content: body,
    text: text ?? textOf(body),
    createdAt: createdAt instanceof Date ? createdAt.getTime() : (createdAt ?? Date.now()),
    toolCalls: toolCalls ?? [],
  }
}
