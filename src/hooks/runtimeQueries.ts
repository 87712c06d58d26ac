import { infiniteQueryOptions, queryOptions, skipToken, type InfiniteData } from '@tanstack/react-query'
import type { RuntimeClient, SessionInfo } from '../client/types.ts'
import {
  olderPageParam,
  refetchNewestPage,
  toHistoryPage,
  type HistoryPage,
  type HistoryPageParam,
} from '../store/historyPages.ts'
import { retryRead } from '../store/recoveryPolicy.ts'
import { runtimeKeys } from './runtimeKeys.ts'

/** Where a conversation comes from: an existing session, a saved agent (by key or id), or an inline config. */
export type SessionSource =
  | { readonly sessionId: string }
  | { readonly agentKey: string }
  | { readonly agentId: string }
  | { readonly config: Readonly<Record<string, unknown>> }

/** A source that needs a session created. */
export type NewSessionSource = Exclude<SessionSource, { readonly sessionId: string }>

/** The cached history of a session: pages newest first, keyed by absolute offset. */
export type HistoryData = InfiniteData<HistoryPage, HistoryPageParam>

/** @default 30 */
export const DEFAULT_PAGE_SIZE = 30

/**
 * Query option factories. Each returns the options of one query, with its key from `runtimeKeys`.
 * @example
 * const { data } = useInfiniteQuery(runtimeQueries.messages(client, sessionId, { pageSize: 20 }))
 */
export const runtimeQueries = {
  /** A session's history as an infinite query: the newest page first, `fetchNextPage` loads older ones. */
  messages(client: RuntimeClient, sessionId: string | undefined, { pageSize = DEFAULT_PAGE_SIZE } = {}) {
    const queryKey = runtimeKeys.messagePages(client.baseUrl, sessionId ?? '', pageSize)
    return infiniteQueryOptions<HistoryPage, Error, HistoryData, typeof queryKey, HistoryPageParam>({
      queryKey,
      queryFn:
        sessionId === undefined
          ? skipToken
          : async ({ pageParam, signal, client: queryClient, queryKey: key }) => {
              if (pageParam !== 'newest') {
                return toHistoryPage(
                  await client.getMessages(sessionId, pageParam, { signal }),
                  pageParam.offset,
                )
              }
              const cached = queryClient.getQueryData<HistoryData>(key)?.pages[0]
              return refetchNewestPage(
                (params) => client.getMessages(sessionId, params, { signal }),
                pageSize,
                cached,
              )
            },
      initialPageParam: 'newest',
      getNextPageParam: olderPageParam(pageSize),
      retry: retryRead,
    })
  },

  /** A session's status (`GET /runtime/{id}/status/`). Polling is set by `useSessionStatus`. */
  status(client: RuntimeClient, sessionId: string | undefined) {
    return queryOptions({
      queryKey: runtimeKeys.status(client.baseUrl, sessionId ?? ''),
      queryFn: sessionId === undefined ? skipToken : ({ signal }) => client.getStatus(sessionId, { signal }),
      retry: retryRead,
    })
  },

  /**
   * Creating a session for a source, once per generation: a query, so that concurrent mounts (and StrictMode)
   * create one session. Once created it never refetches; a failed attempt is retried like a read (a 5xx or a
   * dropped connection, twice with backoff) and again on reconnect and focus, so the chat is never stuck.
   */
  newSession(client: RuntimeClient, source: NewSessionSource | undefined, generation: number) {
    return queryOptions({
      queryKey: runtimeKeys.newSession(client.baseUrl, source ?? {}, generation),
      queryFn:
        source === undefined
          ? skipToken
          : ({ signal }): Promise<SessionInfo> =>
              'config' in source
                ? client.createSession(source.config, { signal })
                : client.createSessionFromAgent(source, { signal }),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: retryRead,
      // Only a failed attempt (no data yet) is stale: a created session is never created again.
      refetchOnWindowFocus: true,
      refetchOnReconnect: true,
    })
  },
}
