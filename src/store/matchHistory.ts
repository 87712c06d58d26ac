import type { RuntimeMessage } from '../client/types.ts'
import type { OutboxEntry } from './types.ts'

/** How far a server timestamp may precede the local send time and still be the same message (clock skew). */
const CLOCK_SKEW_MS = 10 * 60_000

/** The `raw` of a message written into the cache from an execute result, before the history confirmed it. */
export const LOCAL_MESSAGE_SOURCE = 'atthene-chat-kit/local'

/** `true` for a message the kit wrote into the cache itself (its id is the correlation id, not a server id). */
export function isLocalMessage(message: RuntimeMessage): boolean {
  return (message.raw as { source?: unknown } | null)?.source === LOCAL_MESSAGE_SOURCE
}

const mayBeOnServer = (entry: OutboxEntry) =>
  entry.delivery.status === 'sending' ||
  entry.delivery.status === 'unknown' ||
  entry.delivery.status === 'sent'

/**
 * Which user messages of the history are messages sent from here: server message id -> correlation id.
 * By the known keys, then by the correlation id when the history echoes it, then by content and order: the
 * outbox entries that may have reached the server are matched, in order, to the unmatched user messages with
 * the same text after the last matched one.
 */
export function matchHistory(
  history: readonly RuntimeMessage[],
  entries: readonly OutboxEntry[],
  keys: Readonly<Record<string, string>>,
): Map<string, string> {
  const matches = new Map<string, string>()
  const matchedIds = new Set<string>()
  let anchor = -1
  history.forEach((message, index) => {
    if (message.role !== 'user') return
    const correlationId = keys[message.id] ?? message.correlationId
    if (correlationId === undefined || matchedIds.has(correlationId)) return
    matches.set(message.id, correlationId)
    matchedIds.add(correlationId)
    anchor = index
  })
  let cursor = anchor + 1
  for (const entry of entries) {
    if (matchedIds.has(entry.correlationId) || !mayBeOnServer(entry)) continue
    for (let index = cursor; index < history.length; index++) {
      const message = history[index]!
      if (message.role !== 'user' || matches.has(message.id)) continue
      if (message.text.trim() !== entry.text.trim()) continue
      if (message.createdAt !== undefined && message.createdAt < entry.createdAt - CLOCK_SKEW_MS) continue
      matches.set(message.id, entry.correlationId)
      matchedIds.add(entry.correlationId)
      cursor = index + 1
      break
    }
  }
  return matches
}
