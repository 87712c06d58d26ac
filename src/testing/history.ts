import type { SeedMessage, ToolCallStyle } from './types.ts'
import { formatToolCall } from './shapes.ts'

/** One tool call the scripted agent made. */
export interface StoredToolCall {
  readonly id: string
  readonly name: string
  readonly args: unknown
  readonly result?: unknown
  readonly error?: string
  readonly durationMs: number
}

/** One message as the runtime keeps it. */
export interface StoredMessage {
  readonly id: string
  readonly role: 'user' | 'assistant'
  readonly content: string | readonly unknown[]
  readonly createdAt: number
  readonly correlationId?: string
  readonly toolCalls?: readonly StoredToolCall[]
  /** Tool calls of a seeded message, listed exactly as given. */
  readonly rawToolCalls?: readonly unknown[]
}

/** A session's messages: `generated` cheap, computed-on-read messages first, then the stored ones. */
export interface SessionHistory {
  readonly sessionId: string
  readonly generated: number
  /** When the generated messages end (the last one is a little before this). */
  readonly generatedUntil: number
  readonly messages: StoredMessage[]
}

const TOPICS = ['pagination', 'retries', 'markdown', 'uploads', 'accessibility', 'themes', 'rate limits']

/** The `index`-th generated message of a seeded history (even: user, odd: assistant), computed on demand. */
export function generatedMessage(history: SessionHistory, index: number): StoredMessage {
  const topic = TOPICS[Math.floor(index / 2) % TOPICS.length]!
  const id = `${history.sessionId}-g${index + 1}`
  const createdAt = history.generatedUntil - (history.generated - index) * 30_000
  if (index % 2 === 0)
    return { id, role: 'user', content: `Message ${index + 1}: tell me about ${topic}.`, createdAt }
  const turn = (index - 1) / 2
  const parts = [
    `### ${topic} (reply ${index + 1})`,
    `- one point about **${topic}**\n- another with \`code\``,
  ]
  if (turn % 5 === 2) parts.push('```ts\nconst page = await client.getMessages(id, { offset })\n```')
  if (turn % 3 === 1) parts.push(`See [the docs](https://example.com/docs/${topic.replace(' ', '-')}).`)
  const toolCalls: StoredToolCall[] | undefined =
    turn % 7 === 3
      ? [
          {
            id: `${id}-t1`,
            name: 'calculator',
            args: { expression: `${turn} * 2` },
            result: turn * 2,
            durationMs: 40,
          },
        ]
      : undefined
  return {
    id,
    role: 'assistant',
    content: parts.join('\n\n'),
    createdAt,
    ...(toolCalls ? { toolCalls } : {}),
  }
}

/** Builds stored messages from explicit seed messages, one minute apart, ending at `now`. */
export function seedMessages(sessionId: string, seed: readonly SeedMessage[], now: number): StoredMessage[] {
  return seed.map((message, index) => ({
    id: `${sessionId}-s${index + 1}`,
    role: message.role,
    content: message.content,
    createdAt: message.createdAt ?? now - (seed.length - index) * 60_000,
    ...(message.toolCalls ? { rawToolCalls: message.toolCalls } : {}),
  }))
}

/** How many messages the history lists. */
export function historyLength(history: SessionHistory): number {
  return history.generated + history.messages.length
}

/** Messages `[offset, offset + limit)` of the history, oldest first. */
export function historySlice(history: SessionHistory, offset: number, limit: number): StoredMessage[] {
  const end = Math.min(historyLength(history), offset + limit)
  const slice: StoredMessage[] = []
  for (let index = offset; index < end; index++) {
    slice.push(
      index < history.generated
        ? generatedMessage(history, index)
        : history.messages[index - history.generated]!,
    )
  }
  return slice
}

/** A message as the messages endpoint lists it: ISO `timestamp`, `tool_calls` in the configured style. */
export function toHistoryJson(
  message: StoredMessage,
  style: ToolCallStyle,
  withCorrelationId: boolean,
): Record<string, unknown> {
  const toolCalls = message.rawToolCalls ?? message.toolCalls?.map((call) => formatToolCall(style, call))
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    timestamp: new Date(message.createdAt).toISOString(),
    ...(toolCalls && toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
    ...(withCorrelationId && message.correlationId ? { correlation_id: message.correlationId } : {}),
  }
}
