import type { ChatMessage } from '../../store/types.ts'
import { appendedSince, lastIndexOfKey } from './messageKeys.ts'

/** What the thread's live region says, and what it still waits to say. */
export interface AnnouncementState {
  readonly messages: readonly ChatMessage[]
  readonly isWorking: boolean
  /** An appended assistant reply not yet announced (held while the thread is working). */
  readonly pendingKey?: string
  /** The current announcement. */
  readonly text: string
  /** Bumped per announcement, so the same text is announced again. */
  readonly count: number
}

/**
 * The next announcement state: an assistant message appended at the end is announced once the thread is no
 * longer working (so partial text is never read); a first load, older pages and edits are never announced.
 */
export function nextAnnouncement(
  state: AnnouncementState,
  messages: readonly ChatMessage[],
  isWorking: boolean,
  describe: (reply: ChatMessage) => string,
): AnnouncementState {
  let pendingKey = state.pendingKey
  if (state.messages !== messages) {
    const reply = appendedSince(state.messages, messages).findLast((message) => message.role === 'assistant')
    if (reply) pendingKey = reply.key
  }
  if (pendingKey === undefined || isWorking) return { ...state, messages, isWorking, pendingKey }
  const reply = messages[lastIndexOfKey(messages, pendingKey)]
  if (!reply) return { messages, isWorking, text: state.text, count: state.count }
  return { messages, isWorking, text: describe(reply), count: state.count + 1 }
}
