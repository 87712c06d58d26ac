import type { ChatMessage } from '../../store/types.ts'

/** Index of the message with `key`, searching from the end (where changes happen); -1 when absent. */
export function lastIndexOfKey(messages: readonly ChatMessage[], key: string | undefined): number {
  if (key === undefined) return -1
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    if (messages[index]?.key === key) return index
  }
  return -1
}

/**
 * The messages added after the last message of `previous`; empty when nothing was appended, when `previous`
 * was empty (a first load is not "new"), or when its last message is gone (another thread, a discard).
 */
export function appendedSince(
  previous: readonly ChatMessage[],
  next: readonly ChatMessage[],
): readonly ChatMessage[] {
  const last = previous.at(-1)
  if (last === undefined) return []
  const index = lastIndexOfKey(next, last.key)
  return index < 0 ? [] : next.slice(index + 1)
}

/** How many messages come after the one with `key` (0 when it is absent). */
export function countAfterKey(messages: readonly ChatMessage[], key: string | undefined): number {
  const index = lastIndexOfKey(messages, key)
  return index < 0 ? 0 : messages.length - 1 - index
}

/** Whether `next` is another list altogether: neither the first nor the last message of `previous` is in it. */
export function isReplaced(previous: readonly ChatMessage[], next: readonly ChatMessage[]): boolean {
  const first = previous[0]
  const last = previous.at(-1)
  if (first === undefined || last === undefined) return false
  return lastIndexOfKey(next, last.key) < 0 && lastIndexOfKey(next, first.key) < 0
}
