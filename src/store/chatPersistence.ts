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

/** The most characters of inline file data (a `data:` URL) written to storage per attachment; more stays in memory. */
export const MAX_STORED_INLINE = 100_000

const tooLarge = (value: unknown) => value !== undefined && JSON.stringify(value).length > MAX_STORED_INLINE

/** `true` when an attachment survives a reload as is: uploaded (it has its block) and small enough to store. */
const storable = (attachment: Attachment) => attachment.block !== undefined && !tooLarge(attachment.block)

/** `true` when a message survives a reload whole: every file is uploaded and small enough to store. */
export const isStorable = (entry: OutboxEntry): boolean => entry.attachments.every(storable)

const keepAttachment = (attachment: Attachment): Attachment => {
  const { previewUrl, block, ...rest } = attachment
  const keepPreview = previewUrl !== undefined && !previewUrl.startsWith('blob:') && !tooLarge(previewUrl)
  return {
    ...rest,
    ...(keepPreview ? { previewUrl } : {}),
    ...(block !== undefined && !tooLarge(block) ? { block } : {}),
  }
}

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
 * The remembered sessions to write: this tab's, plus those another tab stored for scopes this tab has no session
 * for, unless this tab started a new conversation there since (a higher or equal generation): a session
 * forgotten by `startNew` stays forgotten.
 */
function mergeSessions(
  stored: IndexValue | undefined,
  state: PersistedChatState,
): Readonly<Record<string, string>> {
  const sessions: Record<string, string> = { ...state.sessions }
  for (const [scope, id] of Object.entries(stored?.sessions ?? {})) {
    if (scope in sessions) continue
    const mine = state.generations[scope]
    if (mine === undefined || (stored?.generations[scope] ?? 0) > mine) sessions[scope] = id
  }
  return sessions
}

/**
 * A persist storage that writes one key per session (`<name>:session:<id>`) plus an index (`<name>`), and only
 * the keys that changed. Synchronous storages (localStorage, sessionStorage) only. Best effort: a storage that
 * throws (quota exceeded, disabled) never breaks the caller; `onWrite` says whether the last write went through.
 */
export function createSessionSplitStorage(
  storage: StateStorage,
  onWrite: (ok: boolean) => void = () => undefined,
): PersistStorage<PersistedChatState> {
  const written = new Map<string, string>()
  const sessionKey = (name: string, id: string) => `${name}:session:${encodeURIComponent(id)}`
  let ok = true
  const attempt = <T>(operation: () => T): T | undefined => {
    try {
      return operation()
    } catch {
      ok = false
      return undefined
    }
  }
  const write = (key: string, value: string) => {
    if (written.get(key) === value) return
    try {
      void storage.setItem(key, value)
      written.set(key, value)
    } catch {
      // Remembered only once stored, so a failed write is tried again with the next change.
      ok = false
      written.delete(key)
    }
  }
  const read = (key: string) => {
    const value = attempt(() => storage.getItem(key))
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
      ok = true
      const ids = [...new Set([...Object.keys(state.outbox), ...Object.keys(state.drafts)])]
      for (const id of ids) {
        write(
          sessionKey(name, id),
          JSON.stringify({ outbox: state.outbox[id] ?? [], draft: state.drafts[id] ?? '' }),
        )
      }
      // Another tab may have written sessions this one never loaded: keep them in the index (nothing lost).
      const stored = parse<StorageValue<IndexValue>>(read(name))?.state
      const foreign = (stored?.ids ?? []).filter(
        (id) => !ids.includes(id) && !written.has(sessionKey(name, id)),
      )
      const index: IndexValue = {
        sessions: mergeSessions(stored, state),
        generations: { ...stored?.generations, ...state.generations },
        ids: [...ids, ...foreign],
      }
      for (const key of written.keys()) {
        if (key.startsWith(`${name}:session:`) && !ids.some((id) => sessionKey(name, id) === key)) {
          written.delete(key)
          attempt(() => storage.removeItem(key))
        }
      }
      write(name, JSON.stringify({ version, state: index }))
      onWrite(ok)
    },
    removeItem(name) {
      for (const key of [...written.keys()]) {
        if (key === name || key.startsWith(`${name}:session:`)) attempt(() => storage.removeItem(key))
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
