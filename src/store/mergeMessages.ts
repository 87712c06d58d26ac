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
 * history does not hold yet follow the history in the order they were sent.
 */
export function mergeMessages(
  history: readonly RuntimeMessage[],
  entries: readonly OutboxEntry[],
  keys: Readonly<Record<string, string>>,
): ChatMessage[] {
  const matches = matchHistory(history, entries, keys)
  const entriesById = new Map(entries.map((entry) => [entry.correlationId, entry]))
  const seen = new Set<string>()
  const merged: ChatMessage[] = []
  let lastAt = 0
  for (const message of history) {
    const correlationId = message.role === 'user' ? matches.get(message.id) : undefined
    const key = correlationId ?? message.id
    if (seen.has(key)) continue
    seen.add(key)
    const entry = correlationId === undefined ? undefined : entriesById.get(correlationId)
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
    })
  }
  for (const entry of entries) {
    if (!seen.has(entry.correlationId)) merged.push(entryToMessage(entry))
  }
  return merged
}
