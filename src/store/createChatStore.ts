import { createStore, type StoreApi } from 'zustand/vanilla'
import { persist, type StateStorage } from 'zustand/middleware'
import { createChatActions, type ChatActions } from './chatActions.ts'
import * as persistence from './chatPersistence.ts'

/** The chat state of one provider: the outbox, drafts and remembered sessions, by session id. */
export interface ChatState extends persistence.PersistedChatState {
  /** Server message id -> correlation id, for messages the history confirmed (React keys stay). */
  readonly keys: Readonly<Record<string, string>>
  /** Banner errors the user dismissed, by session. */
  readonly dismissed: Readonly<Record<string, readonly string[]>>
  /** The server's clock minus this page's (ms), as the client last measured it; 0 until then. */
  readonly clockOffsetMs: number
  /** Whether unsent messages survive a reload: `none` (no storage), `ok`, or `failed` (the last write failed). */
  readonly persistence: 'none' | 'ok' | 'failed'
}

/** A chat store: a zustand vanilla store of `ChatState & ChatActions`. */
export type ChatStore = StoreApi<ChatState & ChatActions>

/** Options of `createChatStore`. */
export interface ChatStoreOptions {
  /** The storage namespace, usually the client's base URL. @default 'default' */
  readonly namespace?: string
  /** Where to persist drafts and unsent messages, or `false` to keep them in memory. @default localStorage */
  readonly storage?: StateStorage | false
  /** Clock. @default Date.now */
  readonly now?: () => number
  /** Random source for backoff jitter. @default Math.random */
  readonly random?: () => number
}

const EMPTY: ChatState = {
  ...{ outbox: {}, drafts: {}, sessions: {}, generations: {} },
  ...{ keys: {}, dismissed: {}, clockOffsetMs: 0, persistence: 'none' },
}

/**
 * A new chat store (zustand vanilla), one per `ChatProvider`. Persisted unless `storage: false`: versioned,
 * one key per base URL plus one per session; drafts and unsent messages survive a reload, and a message that
 * was `sending` comes back `unknown`.
 * @example
 * const store = createChatStore({ namespace: client.baseUrl, storage: sessionStorage })
 */
export function createChatStore(options: ChatStoreOptions = {}): ChatStore {
  const { now = Date.now, random = Math.random, namespace = 'default' } = options
  const storage = options.storage === false ? undefined : (options.storage ?? persistence.defaultStorage())
  type Full = ChatState & ChatActions
  const creator = (set: StoreApi<Full>['setState'], get: () => Full): Full => ({
    ...EMPTY,
    ...createChatActions(set, get, { now, random }),
  })
  if (storage === undefined) return createStore<Full>()(creator)
  const holder: { store?: ChatStore } = {}
  const onWrite = (ok: boolean) => {
    const next = ok ? 'ok' : 'failed'
    if (holder.store && holder.store.getState().persistence !== next)
      holder.store.setState({ persistence: next })
  }
  const persisted = (set: StoreApi<Full>['setState'], get: () => Full): Full => ({
    ...creator(set, get),
    persistence: 'ok',
  })
  const store = createStore<Full>()(
    persist(persisted, {
      name: persistence.persistName(namespace),
      version: persistence.PERSIST_VERSION,
      storage: persistence.createSessionSplitStorage(storage, onWrite),
      partialize: (state) => persistence.partializeChatState(state),
      migrate: () => ({ outbox: {}, drafts: {}, sessions: {}, generations: {} }),
      merge: (persisted, current) => {
        const state = persisted as persistence.PersistedChatState | undefined
        if (!state) return current
        return { ...current, ...state, outbox: persistence.reviveOutbox(state.outbox ?? {}) }
      },
    }),
  )
  holder.store = store
  return store
}
