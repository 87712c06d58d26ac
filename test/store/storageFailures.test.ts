import { describe, expect, it } from 'vitest'
import type { StateStorage } from 'zustand/middleware'
import { createChatStore } from '../../src/store/createChatStore.ts'
import { markUnsaved } from '../../src/store/markUnsaved.ts'
import { mergeMessages } from '../../src/store/mergeMessages.ts'
import { selectEntries } from '../../src/store/selectors.ts'
import type { Attachment } from '../../src/store/types.ts'
import { memoryStorage } from './fixtures.ts'

const namespace = 'http://a/api/v1'
const online = { online: true }

/** A storage that holds `quota` characters, like localStorage's 5 MB, and throws past it. */
function quotaStorage(quota: number) {
  const inner = memoryStorage()
  const used = () => [...inner.data].reduce((sum, [key, value]) => sum + key.length + value.length, 0)
  const storage: StateStorage = {
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem(key, value) {
      const previous = inner.data.get(key)?.length ?? 0
      if (used() - previous + value.length > quota) {
        throw new DOMException("Failed to execute 'setItem': exceeded the quota.", 'QuotaExceededError')
      }
      inner.setItem(key, value)
    },
  }
  return { ...inner, storage, used }
}

const image = (bytes: number): Attachment => ({
  id: 'a1',
  name: 'photo.png',
  mimeType: 'image/png',
  size: bytes,
  state: { status: 'ready' },
  block: { type: 'image_url', image_url: { url: `data:image/png;base64,${'A'.repeat((bytes * 4) / 3)}` } },
})

describe('storage failures', () => {
  it('sends when every write throws: nothing thrown into the caller, the message says it is not saved', () => {
    const broken: StateStorage = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    const store = createChatStore({ namespace, storage: broken })
    let id = ''
    expect(() => (id = store.getState().enqueue('s1', { text: 'hello' }))).not.toThrow()
    expect(store.getState().claimNext('s1', online)).toMatchObject({
      type: 'send',
      entry: { correlationId: id },
    })
    store.getState().markSent('s1', id)
    expect(store.getState().persistence).toBe('failed')
    const entries = selectEntries(store.getState(), 's1')
    const queued = store.getState().enqueue('s1', { text: 'next' })
    const thread = markUnsaved(
      mergeMessages([], selectEntries(store.getState(), 's1'), {}),
      selectEntries(store.getState(), 's1'),
      store.getState().persistence,
    )
    expect(entries).toHaveLength(1)
    expect(thread.find((m) => m.key === queued)?.unsaved).toBe(true)
  })

  it('keeps a 4 MB image in memory only: the write fits, the rest of the outbox survives a reload', () => {
    const quota = quotaStorage(5_000_000)
    const store = createChatStore({ namespace, storage: quota.storage })
    store.getState().enqueue('s1', { text: 'before' })
    expect(() =>
      store.getState().enqueue('s1', { text: 'look', attachments: [image(4_000_000)] }),
    ).not.toThrow()
    store.getState().setDraft('s1', 'still typing')
    expect(store.getState().persistence).toBe('ok')
    expect(quota.used()).toBeLessThan(200_000)
    const entries = selectEntries(store.getState(), 's1')
    const thread = markUnsaved(mergeMessages([], entries, {}), entries, 'ok')
    expect(thread.map((m) => m.unsaved)).toEqual([undefined, true])
    // The image is still whole in memory, for this page to send.
    expect(JSON.stringify(entries[1]!.attachments[0]!.block).length).toBeGreaterThan(5_000_000)

    const reloaded = createChatStore({ namespace, storage: quota.storage })
    expect(selectEntries(reloaded.getState(), 's1').map((e) => e.text)).toEqual(['before', 'look'])
    expect(reloaded.getState().drafts).toEqual({ s1: 'still typing' })
  })

  it('forgets a session after startNew, even when the page reloads before the new one exists', () => {
    const storage = memoryStorage()
    const before = createChatStore({ namespace, storage })
    before.getState().rememberSession('scope', 'old')
    before.getState().startNew('scope', 'old', 'pending:scope')
    const typed = before.getState().enqueue('pending:scope', { text: 'typed meanwhile' })

    const after = createChatStore({ namespace, storage })
    expect(after.getState().sessions).toEqual({})
    expect(selectEntries(after.getState(), 'pending:scope').map((e) => e.correlationId)).toEqual([typed])
  })

  it('still keeps a session another tab remembered for a scope this tab never started anew', () => {
    const storage = memoryStorage()
    const tabA = createChatStore({ namespace, storage })
    const tabB = createChatStore({ namespace, storage })
    tabB.getState().rememberSession('other', 'b-session')
    tabA.getState().setDraft('s1', 'draft')
    expect(createChatStore({ namespace, storage }).getState().sessions).toEqual({ other: 'b-session' })
  })
})
