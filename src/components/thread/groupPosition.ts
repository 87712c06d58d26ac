import type { ChatMessage } from '../../store/types.ts'

/** Where a message sits in its group of consecutive messages by the same author. */
export type GroupPosition = 'single' | 'start' | 'middle' | 'end'

/** Pure: the group position of `messages[index]`; the thread shows the time once per group, at its end. */
export function groupPosition(messages: readonly ChatMessage[], index: number): GroupPosition {
  const role = messages[index]?.role
  const joinsPrevious = index > 0 && messages[index - 1]?.role === role
  const joinsNext = messages[index + 1]?.role === role
  if (joinsPrevious) return joinsNext ? 'middle' : 'end'
  return joinsNext ? 'start' : 'single'
}
