import { isStorable } from './chatPersistence.ts'
import type { ChatState } from './createChatStore.ts'
import type { ChatMessage, OutboxEntry } from './types.ts'

/**
 * The thread with `unsaved` on each unsent message that a reload would lose: every one when the last storage
 * write failed, else those whose files are not uploaded yet or too large to store. Nothing is marked without
 * storage (`persistence: 'none'`), where nothing survives a reload by choice.
 */
export function markUnsaved(
  messages: readonly ChatMessage[],
  entries: readonly OutboxEntry[],
  persistence: ChatState['persistence'],
): readonly ChatMessage[] {
  if (persistence === 'none') return messages
  const lost = new Set(
    entries
      .filter((entry) => entry.delivery.status !== 'sent' && (persistence === 'failed' || !isStorable(entry)))
      .map((entry) => entry.correlationId),
  )
  if (lost.size === 0) return messages
  return messages.map((message) =>
    message.delivery !== undefined && lost.has(message.key) ? { ...message, unsaved: true } : message,
  )
}
