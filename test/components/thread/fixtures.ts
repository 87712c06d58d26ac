import type { ToolCall } from '../../../src/client/types.ts'
import type { ChatMessage } from '../../../src/store/types.ts'

export const BASE_TIME = Date.UTC(2026, 10, 25, 9, 0)

/** A message with a varied length, so rows have different heights. */
export function makeMessage(index: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  const role = Math.abs(index) % 2 === 0 ? 'user' : 'assistant'
  const text = `Message ${index}. ${'Some words to wrap. '.repeat(1 + ((Math.abs(index) * 7) % 9))}`
  return {
    key: `m${index}`,
    role,
    content: text,
    text,
    createdAt: BASE_TIME + index * 60_000,
    toolCalls: [],
    ...overrides,
  }
}

/** Messages `from` .. `to - 1`, oldest first. */
export function makeMessages(from: number, to: number): ChatMessage[] {
  return Array.from({ length: to - from }, (_, offset) => makeMessage(from + offset))
}

export function toolCall(overrides: Partial<ToolCall> = {}): ToolCall {
  return {
    id: 'call-1',
    name: 'get_weather',
    args: { city: 'Paris', unit: 'celsius' },
    result: { temperature: 21, sky: 'clear' },
    status: 'succeeded',
    durationMs: 420,
    raw: {},
    ...overrides,
  }
}
