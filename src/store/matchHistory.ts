import type { RuntimeMessage } from '../client/types.ts'
import type { OutboxEntry } from './types.ts'

/**
 * How much earlier than the send (on the server's clock) a server timestamp may be and still be that message:
 * `Date` has whole seconds and the offset is measured after the response travelled.
 */
const SLACK_MS = 5000

/** The `raw` of a message written into the cache from an execute result, before the history confirmed it. */
export const LOCAL_MESSAGE_SOURCE = 'atthene-chat-kit/local'

/** `true` for a message the kit wrote into the cache itself (its id is the correlation id, not a server id). */
export function isLocalMessage(message: RuntimeMessage): boolean {
  return (message.raw as { source?: unknown } | null)?.source === LOCAL_MESSAGE_SOURCE
}

const mayBeOnServer = ({ delivery }: OutboxEntry) =>
  delivery.status === 'sending' ||
  delivery.status === 'unknown' ||
  delivery.status === 'sent' ||
  (delivery.status === 'failed' && delivery.error.details?.executionFailed === true)

/**
 * Which user messages of the history are messages sent from here: server message id -> correlation id.
 * By the known keys, then by the correlation id when the history echoes it, then by position: the outbox
 * entries that may have reached the server are matched, in order, to the unmatched user messages after the
 * last matched one that have the same text and were not written before the message was sent. The send time
 * is moved to the server's clock by `clockOffsetMs` (server minus local), so an older message with the same
 * text is never taken for it, whatever the two clocks say.
 */
export function matchHistory(
  history: readonly RuntimeMessage[],
  entries: readonly OutboxEntry[],
  keys: Readonly<Record<string, string>>,
  clockOffsetMs = 0,
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
      const sentAt = entry.createdAt + clockOffsetMs - SLACK_MS
      if (message.createdAt !== undefined && message.createdAt < sentAt) continue
      matches.set(message.id, entry.correlationId)
      matchedIds.add(entry.correlationId)
      cursor = index + 1
      break
    }
  }
  return matches
}
