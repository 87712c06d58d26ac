import { describe, expect, it } from 'vitest'
import { createChatStore } from '../../src/store/createChatStore.ts'
import { PERSIST_VERSION } from '../../src/store/chatPersistence.ts'
import { selectEntries } from '../../src/store/selectors.ts'
import { error, memoryStorage } from './fixtures.ts'

const options = (storage: ReturnType<typeof memoryStorage>) => ({ storage, namespace: 'http://a/api/v1' })

describe('chat store persistence', () => {
  it('keeps drafts and unsent messages across a reload; a message that was sending becomes unknown', () => {
    const storage = memoryStorage()
    const before = createChatStore(options(storage))
    const sending = before.getState().enqueue('s1', { text: 'in flight' })
    const queued = before.getState().enqueue('s1', { text: 'waiting' })
    const failed = before.getState().enqueue('s2', { text: 'bad' })
    before.getState().claimNext('s1', { online: true })
    before.getState().claimNext('s2', { online: true })
    before.getState().markFailed('s2', failed, error('content_policy'))
    before.getState().setDraft('s1', 'half written')
    before.getState().rememberSession('scope', 's1')

    const after = createChatStore(options(storage))
    expect(selectEntries(after.getState(), 's1').map((e) => [e.correlationId, e.delivery.status])).toEqual([
      [sending, 'unknown'],
      [queued, 'queued'],
    ])
    expect(selectEntries(after.getState(), 's2')[0]!.delivery).toEqual({
      status: 'failed',
      error: error('content_policy'),
    })
    expect(after.getState().drafts).toEqual({ s1: 'half written' })
    expect(after.getState().sessions).toEqual({ scope: 's1' })
  })

  it('keeps the unsent messages of another tab sharing the storage', () => {
    const storage = memoryStorage()
    const tabA = createChatStore(options(storage))
    const tabB = createChatStore(options(storage))
    const fromB = tabB.getState().enqueue('b1', { text: 'from tab B' })
    tabA.getState().enqueue('a1', { text: 'from tab A' })
    tabA.getState().setDraft('a1', 'draft in A')

    const reloaded = createChatStore(options(storage))
    expect(selectEntries(reloaded.getState(), 'b1').map((e) => e.correlationId)).toEqual([fromB])
    expect(selectEntries(reloaded.getState(), 'a1').map((e) => e.text)).toEqual(['from tab A'])
  })

  it('does not persist sent messages', () => {
    const storage = memoryStorage()
    const before = createChatStore(options(storage))
    const id = before.getState().enqueue('s1', { text: 'hi' })
    before.getState().claimNext('s1', { online: true })
    before.getState().markSent('s1', id)
    expect(selectEntries(createChatStore(options(storage)).getState(), 's1')).toEqual([])
  })

  it('writes one key per session under a base-URL namespace, and removes it when the session is empty', () => {
    const storage = memoryStorage()
    const store = createChatStore(options(storage))
    store.getState().setDraft('s1', 'a')
    store.getState().setDraft('s2', 'b')
    expect([...storage.data.keys()].sort()).toEqual([
      'atthene-chat-kit:http://a/api/v1',
      'atthene-chat-kit:http://a/api/v1:session:s1',
      'atthene-chat-kit:http://a/api/v1:session:s2',
    ])
    store.getState().setDraft('s2', '')
    expect(storage.data.has('atthene-chat-kit:http://a/api/v1:session:s2')).toBe(false)
    const other = createChatStore({ storage, namespace: 'http://b/api/v1' })
    expect(other.getState().drafts).toEqual({})
  })

  it('drops a stored state of another version', () => {
    const storage = memoryStorage({
      'atthene-chat-kit:http://a/api/v1': JSON.stringify({
        version: PERSIST_VERSION + 1,
        state: { sessions: { x: 'y' }, generations: {}, ids: [] },
      }),
    })
    expect(createChatStore(options(storage)).getState().sessions).toEqual({})
  })

  it('can be turned off', () => {
    const storage = memoryStorage()
    const store = createChatStore({ storage: false })
    store.getState().setDraft('s1', 'a')
    expect(storage.data.size).toBe(0)
    expect('persist' in store).toBe(false)
  })
})
