import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { useContext, useMemo, useState, type ReactNode } from 'react'
import type { StateStorage } from 'zustand/middleware'
import type { RuntimeClient } from '../client/types.ts'
import { createChatStore, type ChatStore } from '../store/createChatStore.ts'
import { ChatContext } from './ChatContext.ts'
import { createUploadAdapter, type UploadAdapter } from './UploadAdapter.ts'

/** Props of `ChatProvider`. */
export interface ChatProviderProps {
  /** The runtime client every hook below uses. */
  readonly client: RuntimeClient
  /** The React Query client. @default the surrounding `QueryClientProvider`'s, else a new one */
  readonly queryClient?: QueryClient
  /** Where drafts and unsent messages persist (per base URL and session), or `false` for none. @default localStorage */
  readonly storage?: StateStorage | false
  /** A store of your own (tests, sharing between providers). @default a new `createChatStore()` */
  readonly store?: ChatStore
  /** How attached files are uploaded. @default images inline as data URLs, other files via `POST /files/` */
  readonly upload?: UploadAdapter
  /** The part of the app that uses the headless hooks. */
  readonly children?: ReactNode
}

/**
 * Provides the client, one chat store and (when needed) a React Query client to the headless hooks.
 * @example
 * <ChatProvider client={createRuntimeClient({ baseUrl: '/api/atthene' })}>
 *   <MyChat />
 * </ChatProvider>
 */
export function ChatProvider({ client, queryClient, storage, store, upload, children }: ChatProviderProps) {
  const outer = useContext(QueryClientContext)
  const [fallbackQueryClient] = useState(() => ((queryClient ?? outer) ? undefined : new QueryClient()))
  const [owned, setOwned] = useState(() => ({
    baseUrl: client.baseUrl,
    store: store ?? createChatStore({ namespace: client.baseUrl, storage }),
  }))
  if (store === undefined && owned.baseUrl !== client.baseUrl) {
    setOwned({ baseUrl: client.baseUrl, store: createChatStore({ namespace: client.baseUrl, storage }) })
  }
  const [files] = useState(() => new Map<string, File>())
  const [settling] = useState(() => new Set<string>())
  const value = useMemo(
    () => ({
      client,
      store: store ?? owned.store,
      upload: upload ?? createUploadAdapter(client),
      files,
      settling,
    }),
    [client, store, owned.store, upload, files, settling],
  )
  const provided = <ChatContext.Provider value={value}>{children}</ChatContext.Provider>
  const ownQueryClient = queryClient ?? fallbackQueryClient
  return ownQueryClient ? (
    <QueryClientProvider client={ownQueryClient}>{provided}</QueryClientProvider>
  ) : (
    provided
  )
}
