import type { ChatStore } from './createChatStore.ts'
import {
  createOutboxLock,
  defaultLockEnvironment,
  type ChannelLike,
  type OutboxLock,
  type OutboxLockEnvironment,
} from './createOutboxLock.ts'
import { mergeSharedOutbox, takeOverOutbox } from './mergeSharedOutbox.ts'
import type { OutboxEntry } from './types.ts'

/**
 * What holders of one storage namespace tell each other: a session's outbox as a holder has it (`owner` when
 * that holder sends it), or a new holder's request that the owner say what it has.
 */
type OutboxNote =
  | { readonly sessionId: string; readonly entries: readonly OutboxEntry[]; readonly owner: boolean }
  | { readonly sessionId: string; readonly ask: true }

/** The storage name of a persisted store, or `undefined` for one kept in memory (shared with nobody). */
const persistedName = (store: ChatStore) =>
  (store as Partial<{ persist: { getOptions(): { name?: string } } }>).persist?.getOptions().name

// An object URL belongs to the page that made it.
const portable = (entries: readonly OutboxEntry[]) =>
  entries.map((entry) => ({
    ...entry,
    attachments: entry.attachments.map((a) =>
      a.previewUrl?.startsWith('blob:') ? { ...a, previewUrl: undefined } : a,
    ),
  }))

/**
 * Who sends one session's outbox, among the tabs of an origin and the widgets of a page that share a storage
 * namespace: a lock per session (`createOutboxLock`), and a channel on which every holder announces its outbox,
 * so the others show its messages and the owner picks up messages written elsewhere. A new owner settles what
 * the previous one had in flight before sending anything. A store kept in memory is always its own owner.
 */
export function createOutboxOwnership(
  store: ChatStore,
  sessionId: string,
  {
    onConfirmed,
    ...environment
  }: OutboxLockEnvironment & {
    /** Called when another holder confirmed messages this one shows (time to read the history again). */
    readonly onConfirmed?: () => void
  } = defaultLockEnvironment(),
): OutboxLock {
  const name = persistedName(store)
  if (name === undefined) return createOutboxLock(sessionId, {})
  const lock = createOutboxLock(`${name}:outbox:${sessionId}`, environment)
  const channel: ChannelLike | undefined = environment.openChannel?.(`${name}:outboxes`)
  const shared = new Set<string>()
  const gone = new Set<string>()
  let applying = false
  const entries = () => store.getState().outbox[sessionId] ?? []
  // What this holder read from storage: the owner may have settled it before this holder listened.
  const stale = new Set(entries().map((entry) => entry.correlationId))
  const announce = () =>
    channel?.postMessage({
      sessionId,
      entries: portable(entries()),
      owner: lock.owned,
    } satisfies OutboxNote)
  const settledCount = () =>
    entries().filter(({ delivery }) => delivery.status === 'sent' || delivery.status === 'unknown').length
  const apply = (next: readonly OutboxEntry[] | undefined, share: boolean) => {
    if (next === undefined) return
    applying = !share
    try {
      store.setState((state) => ({ outbox: { ...state.outbox, [sessionId]: next } }))
    } finally {
      applying = false
    }
  }
  const unsubscribeStore = store.subscribe((state, previous) => {
    const next = state.outbox[sessionId]
    const before = previous.outbox[sessionId]
    if (next === before) return
    if (lock.owned) {
      const still = new Set((next ?? []).map((entry) => entry.correlationId))
      for (const entry of before ?? []) if (!still.has(entry.correlationId)) gone.add(entry.correlationId)
    }
    if (!applying) announce()
  })
  if (channel) {
    channel.onmessage = ({ data }: MessageEvent) => {
      const note = data as Partial<OutboxNote> | null
      if (note?.sessionId !== sessionId) return
      if ('ask' in note) {
        if (lock.owned) announce()
        return
      }
      if (!('entries' in note) || !Array.isArray(note.entries)) return
      const incoming: readonly OutboxEntry[] = note.entries
      const owned = lock.owned
      const fromOwner = note.owner !== false
      const settled = settledCount()
      apply(mergeSharedOutbox(entries(), incoming, { owned, shared, gone, fromOwner, stale }), owned)
      if (!owned && settledCount() > settled) onConfirmed?.()
      if (!fromOwner) return
      stale.clear()
      shared.clear()
      for (const entry of incoming) shared.add(entry.correlationId)
    }
    // Notes sent before this holder listened are lost: the owner says again what it has.
    channel.postMessage({ sessionId, ask: true } satisfies OutboxNote)
  }
  const unsubscribeLock = lock.subscribe(() => {
    if (lock.owned) apply(takeOverOutbox(entries()), true)
  })
  return {
    get owned() {
      return lock.owned
    },
    subscribe: (listener) => lock.subscribe(listener),
    release() {
      unsubscribeLock()
      unsubscribeStore()
      lock.release()
      if (channel) {
        channel.onmessage = null
        channel.close()
      }
    },
  }
}
