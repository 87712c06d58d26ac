import { useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import type { RuntimeError } from '../client/RuntimeError.ts'
import { flattenHistory } from '../store/historyPages.ts'
import { markUnsaved } from '../store/markUnsaved.ts'
import { mergeMessages } from '../store/mergeMessages.ts'
import { selectEntries } from '../store/selectors.ts'
import type { ChatMessage } from '../store/types.ts'
import { useChatContext } from './ChatContext.ts'
import { runtimeQueries } from './runtimeQueries.ts'
import { syncClock } from './syncClock.ts'

/** Options of `useSessionMessages`. */
export interface UseSessionMessagesOptions {
  /** Messages per page. @default 30 */
  readonly pageSize?: number
  /** The outbox merged into the list (a session being created has a provisional one). @default sessionId */
  readonly outboxId?: string
}

/** Result of `useSessionMessages`. */
export interface UseSessionMessagesResult {
  /** The history and the outbox merged, oldest first, one entry per key. */
  readonly messages: readonly ChatMessage[]
  /** `true` while older messages exist that are not loaded. */
  readonly hasOlder: boolean
  /** Load the page before the oldest loaded one. */
  readonly fetchOlder: () => Promise<void>
  /** `true` while older messages load. */
  readonly isFetchingOlder: boolean
  /** `true` until the first page is read (`false` when there is no session). */
  readonly isLoading: boolean
  /** The last failed read, if the last read failed. */
  readonly error: RuntimeError | null
  /** When the last read failed (ms since the epoch). */
  readonly errorUpdatedAt: number
}

/**
 * A session's history (newest page first, older pages on demand) merged with its outbox: nothing doubled,
 * order kept, and a confirmed message keeps its key (its correlation id), so it does not flicker.
 */
export function useSessionMessages(
  sessionId: string | undefined,
  { pageSize, outboxId = sessionId }: UseSessionMessagesOptions = {},
): UseSessionMessagesResult {
  const context = useChatContext('useSessionMessages')
  const { client, store } = context
  const query = useInfiniteQuery(runtimeQueries.messages(client, sessionId, { pageSize }))
  const entries = useStore(store, (state) => selectEntries(state, outboxId))
  const keys = useStore(store, (state) => state.keys)
  const offset = useStore(store, (state) => state.clockOffsetMs)
  const persistence = useStore(store, (state) => state.persistence)
  const history = useMemo(() => flattenHistory(query.data), [query.data])
  const messages = useMemo(
    () => markUnsaved(mergeMessages(history, entries, keys, offset), entries, persistence),
    [history, entries, keys, offset, persistence],
  )
  useEffect(() => {
    if (sessionId === undefined || query.data === undefined) return
    syncClock(context)
    store.getState().reconcile(sessionId, history)
  }, [context, store, sessionId, query.data, history, entries])
  const { fetchNextPage } = query
  const fetchOlder = useCallback(async () => {
    await fetchNextPage({ cancelRefetch: false })
  }, [fetchNextPage])
  return {
    messages,
    hasOlder: query.hasNextPage,
    fetchOlder,
    isFetchingOlder: query.isFetchingNextPage,
    isLoading: sessionId !== undefined && query.isPending,
    error: query.error as RuntimeError | null,
    errorUpdatedAt: query.errorUpdatedAt,
  }
}
