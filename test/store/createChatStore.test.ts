import { describe, expect, it, vi } from 'vitest'

// The store is framework-free: it must work with React unavailable.
vi.mock('react', () => ({}))

import { createChatStore } from '../../src/store/createChatStore.ts'
import {
  selectDraft,
  selectEntries,
  selectHasPending,
  selectRateLimitedUntil,
} from '../../src/store/selectors.ts'
import { error, message } from './fixtures.ts'

const online = { online: true }
const newStore = (now = () => 1000) => createChatStore({ storage: false, now, random: () => 1 })

describe('createChatStore', () => {
  it('queues messages and hands them out one at a time, in order', () => {
    const store = newStore()
    const first = store.getState().enqueue('s1', { text: 'one' })
    const second = store.getState().enqueue('s1', { text: 'two' })
    const plan = store.getState().claimNext('s1', online)
    expect(plan).toMatchObject({ type: 'send', entry: { correlationId: first, attempts: 1 } })
    expect(store.getState().claimNext('s1', online)).toEqual({ type: 'idle' })
    store.getState().markSent('s1', first)
    expect(store.getState().claimNext('s1', online)).toMatchObject({
      type: 'send',
      entry: { correlationId: second },
    })
  })

  it('does not block other sessions', () => {
    const store = newStore()
    store.getState().enqueue('s1', { text: 'one' })
    store.getState().enqueue('s2', { text: 'other' })
    store.getState().claimNext('s1', online)
    expect(store.getState().claimNext('s2', online)).toMatchObject({ type: 'send', entry: { text: 'other' } })
  })

  it('waits out a rate limit, then sends the same message again', () => {
    let now = 1000
    const store = newStore(() => now)
    const id = store.getState().enqueue('s1', { text: 'hi' })
    store.getState().claimNext('s1', online)
    store.getState().markFailed('s1', id, error('rate_limited', { retryAfterMs: 2000 }))
    expect(selectRateLimitedUntil(store.getState(), 's1')).toBe(3000)
    expect(store.getState().claimNext('s1', online)).toEqual({ type: 'wait', until: 3000 })
    now = 3000
    expect(store.getState().claimNext('s1', online)).toMatchObject({
      type: 'send',
      entry: { correlationId: id },
    })
  })

  it('keeps a failed message with its error, lets later ones go ahead, and retries it behind them', () => {
    const store = newStore()
    const id = store.getState().enqueue('s1', { text: 'bad' })
    const next = store.getState().enqueue('s1', { text: 'next' })
    store.getState().claimNext('s1', online)
    store.getState().markFailed('s1', id, error('content_policy'))
    expect(selectEntries(store.getState(), 's1')[0]!.delivery).toEqual({
      status: 'failed',
      error: error('content_policy'),
    })
    expect(selectHasPending(store.getState(), 's1')).toBe(true)
    expect(store.getState().claimNext('s1', online)).toMatchObject({ type: 'send', entry: { text: 'next' } })
    store.getState().markSent('s1', next)
    expect(selectHasPending(store.getState(), 's1')).toBe(false)
    store.getState().retry('s1', id)
    expect(selectEntries(store.getState(), 's1').map((e) => e.text)).toEqual(['next', 'bad'])
    expect(store.getState().claimNext('s1', online)).toMatchObject({
      type: 'send',
      entry: { correlationId: id },
    })
    store.getState().markFailed('s1', id, error('content_policy'))
    store.getState().discard('s1', id)
    expect(selectEntries(store.getState(), 's1').map((e) => e.text)).toEqual(['next'])
  })

  it('never discards a message in flight', () => {
    const store = newStore()
    const id = store.getState().enqueue('s1', { text: 'hi' })
    store.getState().claimNext('s1', online)
    store.getState().discard('s1', id)
    expect(selectEntries(store.getState(), 's1')).toHaveLength(1)
  })

  it('settles an unknown delivery from the history: sent when found, queued again when not', () => {
    let now = 1000
    const store = newStore(() => now)
    const found = store.getState().enqueue('s1', { text: 'found' })
    store.getState().claimNext('s1', online)
    store.getState().markFailed('s1', found, error('timeout'))
    expect(store.getState().claimNext('s1', { online: true, idleSince: 1000 })).toEqual({ type: 'idle' })
    now = 2000
    expect(store.getState().claimNext('s1', { online: true, idleSince: 1500 })).toMatchObject({
      type: 'settle',
    })
    store.getState().settle('s1', found, [message('m1', 'user', 'found')])
    expect(selectEntries(store.getState(), 's1')).toEqual([])
    expect(store.getState().keys).toEqual({ m1: found })

    const lost = store.getState().enqueue('s1', { text: 'lost' })
    store.getState().claimNext('s1', online)
    store.getState().markFailed('s1', lost, error('network'))
    store.getState().settle('s1', lost, [message('m1', 'user', 'found')])
    expect(selectEntries(store.getState(), 's1')[0]!.delivery).toMatchObject({
      status: 'queued',
      retryAt: 3000,
    })
  })

  it('fails a timed-out message the history does not hold, for the user to retry', () => {
    const store = newStore()
    const id = store.getState().enqueue('s1', { text: 'slow' })
    store.getState().claimNext('s1', online)
    store.getState().markFailed('s1', id, error('timeout'))
    store.getState().settle('s1', id, [])
    expect(selectEntries(store.getState(), 's1')[0]!.delivery).toMatchObject({ status: 'failed' })
  })

  it('does nothing while offline', () => {
    const store = newStore()
    store.getState().enqueue('s1', { text: 'hi' })
    expect(store.getState().claimNext('s1', { online: false })).toEqual({ type: 'offline' })
  })

  it('keeps drafts per session', () => {
    const store = newStore()
    store.getState().setDraft('s1', 'hello')
    store.getState().setDraft('s2', 'other')
    store.getState().setDraft('s2', '')
    expect(selectDraft(store.getState(), 's1')).toBe('hello')
    expect(store.getState().drafts).toEqual({ s1: 'hello' })
  })

  it('moves unsent messages and the draft to a new conversation', () => {
    const store = newStore()
    const ended = store.getState().enqueue('old', { text: 'lost?' })
    store.getState().setDraft('old', 'typing')
    store.getState().rememberSession('agent', 'old')
    store.getState().claimNext('old', online)
    store.getState().markFailed('old', ended, error('session_not_found'))
    store.getState().startNew('agent', 'old', 'pending:agent')
    expect(store.getState().sessions).toEqual({})
    expect(store.getState().generations).toEqual({ agent: 1 })
    store.getState().moveUnsent('pending:agent', 'new')
    expect(selectEntries(store.getState(), 'new')).toMatchObject([
      { correlationId: ended, sessionId: 'new', delivery: { status: 'queued' } },
    ])
    expect(selectEntries(store.getState(), 'old')).toEqual([])
    expect(store.getState().drafts).toEqual({ new: 'typing' })
  })

  it('updates an attachment of a message', () => {
    const store = newStore()
    const attachment = {
      id: 'a1',
      name: 'f.txt',
      mimeType: 'text/plain',
      size: 1,
      state: { status: 'pending' },
    } as const
    const id = store.getState().enqueue('s1', { text: '', attachments: [attachment] })
    store
      .getState()
      .updateAttachment('s1', id, { ...attachment, state: { status: 'uploading', progress: 0.5 } })
    expect(selectEntries(store.getState(), 's1')[0]!.attachments[0]!.state).toEqual({
      status: 'uploading',
      progress: 0.5,
    })
  })
})
