import { hashKey, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useStore } from 'zustand'
import type { RuntimeError } from '../client/RuntimeError.ts'
import { selectGeneration, selectRememberedSession } from '../store/selectors.ts'
import { useChatContext } from './ChatContext.ts'
import { runtimeQueries, type NewSessionSource, type SessionSource } from './runtimeQueries.ts'

/** Result of `useSession`. */
export interface UseSessionResult {
  /** The session id, once known (given, remembered from an earlier visit, or created). */
  readonly sessionId: string | undefined
  /** The outbox to send to: the session's, or a provisional one while the session is created. */
  readonly outboxId: string
  /** `true` while the session is created. */
  readonly isCreating: boolean
  /** Why creating the session failed, if it did. */
  readonly error: RuntimeError | null
  /** When creating the session failed (ms since the epoch). */
  readonly errorUpdatedAt: number
  /** Start a new conversation (unsent messages move to it); `null` for a fixed `sessionId`. */
  readonly startNew: (() => void) | null
  /** Try creating the session again after it failed; `null` when nothing failed. */
  readonly retry: (() => void) | null
}

/** The source part of an options object (other fields are ignored). */
export function pickSessionSource(options: SessionSource): SessionSource {
  if ('sessionId' in options) return { sessionId: options.sessionId }
  if ('agentKey' in options) return { agentKey: options.agentKey }
  if ('agentId' in options) return { agentId: options.agentId }
  return { config: options.config }
}

/**
 * The session of a conversation: the given one, or one created for an agent or a config and remembered in
 * the provider's storage, so that a reload continues the conversation; `startNew()` begins another.
 */
export function useSession(options: SessionSource): UseSessionResult {
  const { client, store } = useChatContext('useSession')
  const source = pickSessionSource(options)
  const fixed = 'sessionId' in source ? source.sessionId : undefined
  const scope = fixed === undefined ? hashKey([source]) : ''
  const remembered = useStore(store, (state) => (fixed ? undefined : selectRememberedSession(state, scope)))
  const generation = useStore(store, (state) => selectGeneration(state, scope))
  const creates = fixed === undefined && remembered === undefined
  const query = useQuery(
    runtimeQueries.newSession(client, creates ? (source as NewSessionSource) : undefined, generation),
  )
  const created = creates ? query.data?.sessionId : undefined
  const outboxId = fixed ?? remembered ?? `pending:${scope}`
  useEffect(() => {
    if (created === undefined) return
    store.getState().rememberSession(scope, created)
    store.getState().moveUnsent(`pending:${scope}`, created)
  }, [store, scope, created])
  const sessionId = fixed ?? remembered ?? created
  const startNew = useCallback(
    () => store.getState().startNew(scope, sessionId, `pending:${scope}`),
    [store, scope, sessionId],
  )
  const { refetch } = query
  const retry = useCallback(() => void refetch(), [refetch])
  return {
    sessionId,
    outboxId,
    isCreating: creates && query.isFetching,
    error: creates ? (query.error as RuntimeError | null) : null,
    errorUpdatedAt: query.errorUpdatedAt,
    startNew: fixed === undefined ? startNew : null,
    retry: creates && query.isError && !query.isFetching ? retry : null,
  }
}
