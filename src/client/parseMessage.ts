import { parseToolCall } from './parseToolCall.ts'
import { idOf, toMs, type MessageSchema, type Output } from './schemas.ts'
import type { MessageContent, MessageRole, RuntimeMessage } from './types.ts'

const ROLES: readonly unknown[] = ['user', 'assistant', 'system', 'tool']

/** Normalizes one message of the history or of an execute result; `fallbackId` when it has no `id`. */
export function parseMessage(raw: Output<typeof MessageSchema>, fallbackId: string): RuntimeMessage {
  const id = idOf(raw.id) ?? fallbackId
  const content = (
    typeof raw.content === 'string' || Array.isArray(raw.content) ? raw.content : ''
  ) as MessageContent
  return {
    id,
    role: (ROLES.includes(raw.role) ? raw.role : 'assistant') as MessageRole,
    content,
    text:
      typeof content === 'string'
        ? content
        : content.flatMap((block) => (block?.type === 'text' ? block.text : [])).join('\n'),
    createdAt: toMs(raw.created_at ?? raw.timestamp),
    toolCalls: (raw.tool_calls ?? []).map((call, index) => parseToolCall(call, `${id}-tool-${index}`)),
    correlationId: raw.correlation_id ?? undefined,
    raw,
  }
}
