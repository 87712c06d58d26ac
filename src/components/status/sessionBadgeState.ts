import type { SessionState } from '../../client/types.ts'

/** What the badge shows, most urgent first. */
export type SessionBadgeState = 'offline' | 'working' | 'error' | 'ready' | 'idle' | 'unknown' | 'other'

/** Pure: the badge state from the session status, the working flag and the connection. */
export function sessionBadgeState(
  status: SessionState | undefined,
  isWorking: boolean,
  connection: 'online' | 'offline',
): SessionBadgeState {
  if (connection === 'offline') return 'offline'
  if (isWorking || status === 'processing') return 'working'
  if (status === 'error') return 'error'
  if (status === 'active') return 'ready'
  if (status === 'idle') return 'idle'
  return status === undefined ? 'unknown' : 'other'
}
