import type { RuntimeMessage } from '../client/types.ts'
import { isLocalMessage, matchHistory } from './matchHistory.ts'
import type { OutboxEntry } from './types.ts'

/** The outbox of a session after reading its history, or `undefined` when nothing changed. */
export interface ReconciledOutbox {
  readonly entries: readonly OutboxEntry[]
  /** New server id -> correlation id pairs, so confirmed messages keep their key. */
  readonly keys: Readonly<Record<string, string>>
}

/**
 * Confirm from the history: a sent message that the server's history holds (not just the kit's own cache write)
 * leaves the outbox, and its server id is mapped to its correlation id. An unknown one is left to `settle`
 * (after the session stopped processing), so the next message does not go while the agent still works.
 */
export function reconcileOutbox(
  entries: readonly OutboxEntry[],
  history: readonly RuntimeMessage[],
  keys: Readonly<Record<string, string>>,
  clockOffsetMs = 0,
): ReconciledOutbox | undefined {
  if (entries.length === 0) return undefined
  const matches = matchHistory(history, entries, keys, clockOffsetMs)
  const byId = new Map(history.map((message) => [message.id, message]))
  const confirmed = new Map<string, string>()
  for (const [messageId, correlationId] of matches) {
    const message = byId.get(messageId)
    if (message === undefined || isLocalMessage(message) || keys[messageId] === correlationId) continue
    confirmed.set(correlationId, messageId)
  }
  const settled = (entry: OutboxEntry) =>
    confirmed.has(entry.correlationId) && entry.delivery.status === 'sent'
  if (!entries.some(settled)) return undefined
  const newKeys: Record<string, string> = {}
  for (const entry of entries) {
    if (settled(entry)) newKeys[confirmed.get(entry.correlationId)!] = entry.correlationId
  }
  return { entries: entries.filter((entry) => !settled(entry)), keys: newKeys }
}
