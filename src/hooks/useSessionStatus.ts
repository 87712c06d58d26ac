import { useQuery } from '@tanstack/react-query'
import { useStore } from 'zustand'
import type { RuntimeError } from '../client/RuntimeError.ts'
import type { SessionStatus } from '../client/types.ts'
import { selectHasInFlight } from '../store/selectors.ts'
import { statusPollInterval } from '../store/statusPollInterval.ts'
import { useChatContext } from './ChatContext.ts'
import { runtimeQueries } from './runtimeQueries.ts'

/** Options of `useSessionStatus`. */
export interface UseSessionStatusOptions {
  /** Polling interval while a message is in flight or the session is processing. @default 1000 */
  readonly busyIntervalMs?: number
  /** Polling interval while idle, or `false` for none. @default 60000 */
  readonly idleIntervalMs?: number | false
}

/** Result of `useSessionStatus`. */
export interface UseSessionStatusResult {
  /** The last status read, once there is one. */
  readonly status: SessionStatus | undefined
  /** `true` while the session says it is processing a message. */
  readonly isProcessing: boolean
  /** When the status was last read (ms since the epoch; 0 before the first read). */
  readonly updatedAt: number
  /** The last failed read, if the last read failed. */
  readonly error: RuntimeError | null
  /** When the last read failed (ms since the epoch). */
  readonly errorUpdatedAt: number
}

/**
 * The session status, polled about once a second while a message is in flight or the session is processing,
 * slowly (or not at all) when idle, never while the tab is hidden, and no more after `session_not_found`.
 */
export function useSessionStatus(
  sessionId: string | undefined,
  { busyIntervalMs = 1000, idleIntervalMs = 60_000 }: UseSessionStatusOptions = {},
): UseSessionStatusResult {
  const { client, store } = useChatContext('useSessionStatus')
  const working = useStore(store, (state) => selectHasInFlight(state, sessionId))
  const query = useQuery({
    ...runtimeQueries.status(client, sessionId),
    refetchInterval: ({ state }) =>
      statusPollInterval({
        working,
        processing: state.data?.isProcessing ?? false,
        errorCode: (state.error as RuntimeError | null)?.code,
        idleMs: idleIntervalMs,
        busyMs: busyIntervalMs,
      }),
    refetchIntervalInBackground: false,
  })
  return {
    status: query.data,
    isProcessing: query.data?.isProcessing ?? false,
    updatedAt: query.dataUpdatedAt,
    error: query.error as RuntimeError | null,
    errorUpdatedAt: query.errorUpdatedAt,
  }
}
