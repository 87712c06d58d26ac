import type { RuntimeErrorInfo, RuntimeMessage } from '../../src/client/types.ts'
import type { DeliveryState, OutboxEntry } from '../../src/store/types.ts'

/** A history message. */
export const message = (
  id: string,
  role: 'user' | 'assistant',
  text: string,
  extra: Partial<RuntimeMessage> = {},
): RuntimeMessage => ({ id, role, content: text, text, toolCalls: [], raw: {}, ...extra })

/** An outbox entry. */
export const entry = (
  correlationId: string,
  text: string,
  delivery: DeliveryState = { status: 'queued' },
  extra: Partial<OutboxEntry> = {},
): OutboxEntry => ({
  correlationId,
  sessionId: 's1',
  text,
  attachments: [],
  delivery,
  attempts: 0,
  createdAt: 1000,
  updatedAt: 1000,
  ...extra,
})

/** A runtime error's plain form. */
export const error = (
  code: RuntimeErrorInfo['code'],
  extra: Partial<RuntimeErrorInfo> = {},
): RuntimeErrorInfo => ({
  code,
  message: code,
  retryable: false,
  ...extra,
})

/** An in-memory `StateStorage` that exposes what was written. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  }
}
