import { useState } from 'react'
import type { ChatMessage } from '../../store/types.ts'
import { nextAnnouncement, type AnnouncementState } from './nextAnnouncement.ts'

/** The polite announcement of the latest finished assistant reply (see `nextAnnouncement`). */
export function useReplyAnnouncement(
  messages: readonly ChatMessage[],
  isWorking: boolean,
  describe: (reply: ChatMessage) => string,
): AnnouncementState {
  const [state, setState] = useState<AnnouncementState>(() => ({ messages, isWorking, text: '', count: 0 }))
  if (state.messages === messages && state.isWorking === isWorking) return state
  // Adjusting state while rendering, as React documents for derived state: no extra commit, no effect.
  const next = nextAnnouncement(state, messages, isWorking, describe)
  setState(next)
  return next
}
