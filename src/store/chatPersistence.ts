import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware'
import type { Attachment, OutboxEntry } from './types.ts'

/** The part of the chat state that survives a reload. */
export interface PersistedChatState {
  readonly outbox: Readonly<Record<string, readonly OutboxEntry[]>>
  readonly drafts: Readonly<Record<string, string>>
  readonly sessions: Readonly<Record<string, string>>
  readonly generations: Readonly<Record<string, number>>
}

/** The version of the persisted shape; an older or newer one is dropped. */
export const PERSIST_VERSION = 1

/** The storage key of a provider: one namespace per base URL. */
export const persistName = (baseUrl: string) => `atthene-chat-kit:${baseUrl}`

const keepAttachment = (attachment: Attachment): Attachment =>
  attachment.previewUrl?.startsWith('blob:') ? { ...attachment, previewUrl: undefined } : attachment

/** What is written: drafts, remembered sessions, and every message not yet sent (sent ones are in the history). */
export function partializeChatState(state: PersistedChatState): PersistedChatState {
  const outbox: Record<string, readonly OutboxEntry[]> = {}
  for (const [sessionId, entries] of Object.entries(state.outbox)) {
    const unsent = entries
      .filter((entry) => entry.delivery.status !== 'sent')
      .map((entry) => ({ ...entry, attachments: entry.attachments.map(keepAttachment) }))
    if (unsent.length > 0) outbox[sessionId] = unsent
  }
  return { outbox, drafts: state.drafts, sessions: state.sessions, generations: state.generations }
}

/** After a reload, a message that was `sending` may or may not have reached the server: it becomes `unknown`. */
export function reviveOutbox(
  outbox: Readonly<Record<string, readonly OutboxEntry[]>>,
): Record<string, readonly OutboxEntry[]> {
  const revived: Record<string, readonly OutboxEntry[]> = {}
  for (const [sessionId, entries] of Object.entries(outbox)) {
    revived[sessionId] = entries.map((entry) =>
      entry.delivery.status === 'sending' ? { ...entry, delivery: { status: 'unknown' } } : entry,
    )
  }
  return revived
}

interface IndexValue {
  readonly sessions: Readonly<Record<string, string>>
  readonly generations: Readonly<Record<string, number>>
  readonly ids: readonly string[]
}
interface SessionValue {
  readonly outbox: readonly OutboxEntry[]
  readonly draft: string
}

const parse = <T>(text: string | null): T | undefined => {
  try {
    return text === null ? undefined : (JSON.parse(text) as T)
  } catch {
    return undefined
  }
}

/**
 * A persist storage that writes one key per session (`<name>:session:<id>`) plus an index (`<name>`), and only
 * the keys that changed. Synchronous storages (localStorage, sessionStorage) only.
 */
export function createSessionSplitStorage(storage: StateStorage): PersistStorage<PersistedChatState> {
  const written = new Map<string, string>()
  const sessionKey = (name: string, id: string) => `${name}:session:${encodeURIComponent(id)}`
  const write = (key: string, value: string) => {
    if (written.get(key) === value) return
    written.set(key, value)
    void storage.setItem(key, value)
  }
  const read = (key: string) => {
    const value = storage.getItem(key)
    if (typeof value === 'string') written.set(key, value)
    return typeof value === 'string' ? value : null
  }
  return {
    getItem(name) {
      const index = parse<StorageValue<IndexValue>>(read(name))
      if (index === undefined) return null
      const outbox: Record<string, readonly OutboxEntry[]> = {}
      const drafts: Record<string, string> = {}
      for (const id of index.state.ids) {
        const part = parse<SessionValue>(read(sessionKey(name, id)))
        if (part?.outbox.length) outbox[id] = part.outbox
        if (part?.draft) drafts[id] = part.draft
      }
      const { sessions, generations } = index.state
      return { version: index.version, state: { outbox, drafts, sessions, generations } }
    },
    setItem(name, { state, version }) {
      const ids = [...new Set([...Object.keys(state.outbox), ...Object.keys(state.drafts)])]
      for (const id of ids) {
        write(
          sessionKey(name, id),
          JSON.stringify({ outbox: state.outbox[id] ?? [], draft: state.drafts[id] ?? '' }),
        )
      }
      // Another tab may have written sessions this one never loaded: keep them in the index (nothing lost).
      const stored = parse<StorageValue<IndexValue>>(storage.getItem(name) as string | null)?.state
      const foreign = (stored?.ids ?? []).filter(
        (id) => !ids.includes(id) && !written.has(sessionKey(name, id)),
      )
      const index: IndexValue = {
        sessions: { ...stored?.sessions, ...state.sessions },
        generations: { ...stored?.generations, ...state.generations },
        ids: [...ids, ...foreign],
      }
      for (const key of written.keys()) {
        if (key.startsWith(`${name}:session:`) && !ids.some((id) => sessionKey(name, id) === key)) {
          written.delete(key)
          void storage.removeItem(key)
        }
      }
      write(name, JSON.stringify({ version, state: index }))
    },
    removeItem(name) {
      for (const key of [...written.keys()]) {
        if (key === name || key.startsWith(`${name}:session:`)) void storage.removeItem(key)
      }
      written.clear()
    },
  }
}

/** `localStorage` when the platform has one and allows it, else `undefined`. */
export function defaultStorage(): StateStorage | undefined {
  try {
    return typeof globalThis.localStorage === 'undefined' ? undefined : globalThis.localStorage
  } catch {
    return undefined
  }
}
