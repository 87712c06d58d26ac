import type { RuntimeMessage } from '../client/types.ts'
import { buildContent } from './buildContent.ts'
import { isLocalMessage, matchHistory } from './matchHistory.ts'
import type { ChatMessage, OutboxEntry } from './types.ts'

/** An outbox entry as the thread shows it. */
export function entryToMessage(entry: OutboxEntry): ChatMessage {
  return {
    key: entry.correlationId,
    role: 'user',
    content: buildContent(entry.text, entry.attachments),
    text: entry.text,
    createdAt: entry.createdAt,
    toolCalls: [],
    delivery: entry.delivery,
    correlationId: entry.correlationId,
    ...(entry.attachments.length > 0 ? { attachments: entry.attachments } : {}),
  }
}

/**
 * The history (oldest first) and the outbox merged into one ordered list: nothing doubled (one message per key),
 * a message sent from here keeps its correlation id as key after the history confirms it, and outbox entries the
 * history does not hold yet follow the history in the order they were sent, except that one written before a
 * message the history holds (a failed one that later messages went ahead of) keeps its place before it.
 */
export function mergeMessages(
  history: readonly RuntimeMessage[],
  entries: readonly OutboxEntry[],
  keys: Readonly<Record<string, string>>,
  clockOffsetMs = 0,
): ChatMessage[] {
  const matches = matchHistory(history, entries, keys, clockOffsetMs)
  const matched = new Set(matches.values())
  const entriesById = new Map(entries.map((entry) => [entry.correlationId, entry]))
  const seen = new Set<string>()
  const merged: ChatMessage[] = []
  let lastAt = 0
  let pending = 0
  // Outbox messages the history does not hold that were written before `entry`: shown before it, in place.
  const flushBefore = (entry: OutboxEntry) => {
    for (; pending < entries.length && entries[pending] !== entry; pending++) {
      const earlier = entries[pending]!
      if (matched.has(earlier.correlationId) || seen.has(earlier.correlationId)) continue
      seen.add(earlier.correlationId)
      merged.push(entryToMessage(earlier))
    }
  }
  for (const message of history) {
    const correlationId = message.role === 'user' ? matches.get(message.id) : undefined
    const key = correlationId ?? message.id
    if (seen.has(key)) continue
    const entry = correlationId === undefined ? undefined : entriesById.get(correlationId)
    if (entry !== undefined) flushBefore(entry)
    seen.add(key)
    lastAt = message.createdAt ?? entry?.createdAt ?? lastAt
    merged.push({
      key,
      ...(isLocalMessage(message) ? {} : { id: message.id }),
      role: message.role,
      content: message.content,
      text: message.text,
      createdAt: lastAt,
      toolCalls: message.toolCalls,
      ...((correlationId ?? message.correlationId) === undefined
        ? {}
        : { correlationId: correlationId ?? message.correlationId }),
      ...(entry && entry.attachments.length > 0 ? { attachments: entry.attachments } : {}),
      // Held by the server but not delivered (the execution failed): its state and actions stay visible.
      ...(entry && entry.delivery.status === 'failed' ? { delivery: entry.delivery } : {}),
    })
  }
  for (const entry of entries) {
    if (!seen.has(entry.correlationId)) merged.push(entryToMessage(entry))
  }
  return merged
}
