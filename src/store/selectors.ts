import type { ChatState } from './createChatStore.ts'
import type { OutboxEntry } from './types.ts'

const NO_ENTRIES: readonly OutboxEntry[] = []
const NO_IDS: readonly string[] = []

/** The outbox of a session, oldest first (a stable empty array when there is none). */
export const selectEntries = (state: ChatState, sessionId: string | undefined): readonly OutboxEntry[] =>
  (sessionId === undefined ? undefined : state.outbox[sessionId]) ?? NO_ENTRIES

/** The draft of a session (`''` when there is none). */
export const selectDraft = (state: ChatState, sessionId: string | undefined): string =>
  (sessionId === undefined ? undefined : state.drafts[sessionId]) ?? ''

/** The session remembered for a scope (an agent, a config), if any. */
export const selectRememberedSession = (state: ChatState, scope: string): string | undefined =>
  state.sessions[scope]

/** How many times a new session was started for a scope. */
export const selectGeneration = (state: ChatState, scope: string): number => state.generations[scope] ?? 0

/** The banner errors the user dismissed in a session. */
export const selectDismissed = (state: ChatState, sessionId: string | undefined): readonly string[] =>
  (sessionId === undefined ? undefined : state.dismissed[sessionId]) ?? NO_IDS

/** `true` while a message of the session is in flight or its delivery is unknown (status is polled fast). */
export const selectHasInFlight = (state: ChatState, sessionId: string | undefined): boolean =>
  selectEntries(state, sessionId).some(
    (entry) => entry.delivery.status === 'sending' || entry.delivery.status === 'unknown',
  )

/** `true` while a message of the session waits to be sent or settled (failed ones wait for the user, not here). */
export const selectHasPending = (state: ChatState, sessionId: string | undefined): boolean =>
  selectEntries(state, sessionId).some(
    (entry) => entry.delivery.status !== 'sent' && entry.delivery.status !== 'failed',
  )

/** Until when sending is rate limited (ms since the epoch), or `undefined`. */
export const selectRateLimitedUntil = (
  state: ChatState,
  sessionId: string | undefined,
): number | undefined => {
  let until: number | undefined
  for (const { delivery } of selectEntries(state, sessionId)) {
    if (delivery.status === 'queued' && delivery.error?.code === 'rate_limited' && delivery.retryAt) {
      until = Math.max(until ?? 0, delivery.retryAt)
    }
  }
  return until
}
