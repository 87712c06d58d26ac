import { describe, expect, it } from 'vitest'
import { createChatStore } from '../../src/store/createChatStore.ts'
import { createOutboxOwnership } from '../../src/store/createOutboxOwnership.ts'
import { mergeMessages } from '../../src/store/mergeMessages.ts'
import { mergeSharedOutbox } from '../../src/store/mergeSharedOutbox.ts'
import { entry, error, memoryStorage, message } from './fixtures.ts'
import { fakeChannels, fakeLocks } from './outboxFakes.ts'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const none = new Set<string>()
const statuses = (entries: readonly { correlationId: string; delivery: { status: string } }[] = []) =>
  entries.map((e) => `${e.correlationId}:${e.delivery.status}`)

describe('mergeSharedOutbox', () => {
  it('the owner keeps its own entries and adds the new ones; one sent elsewhere in flight is settled first', () => {
    const mine = [entry('a', 'a', { status: 'sending', since: 1 })]
    const theirs = [
      entry('a', 'a'),
      entry('b', 'b', { status: 'queued' }, { createdAt: 2000 }),
      entry('c', 'c', { status: 'sending', since: 1 }, { createdAt: 3000 }),
    ]
    const merged = mergeSharedOutbox(mine, theirs, { owned: true, shared: none, gone: none })
    expect(statuses(merged)).toEqual(['a:sending', 'b:queued', 'c:unknown'])
  })

  it('the owner never brings back what left its outbox, and takes a Retry pressed elsewhere', () => {
    const failed = entry('a', 'a', {
      status: 'failed',
      error: { code: 'server_error', message: '', retryable: false },
    })
    const retried = entry('a', 'a', { status: 'queued' }, { updatedAt: 2000 })
    const merged = mergeSharedOutbox([failed], [retried, entry('old', 'old')], {
      owned: true,
      shared: none,
      gone: new Set(['old']),
    })
    expect(statuses(merged)).toEqual(['a:queued'])
    expect(
      mergeSharedOutbox([entry('a', 'a')], [entry('a', 'a')], { owned: true, shared: none, gone: none }),
    ).toBe(undefined)
  })

  it('a holder that does not send shows the owner’s entries, keeps its own new ones, and marks confirmed ones sent', () => {
    const mine = [entry('a', 'a'), entry('mine', 'mine', { status: 'queued' }, { createdAt: 5000 })]
    const theirs = [entry('b', 'b', { status: 'sending', since: 1 }, { createdAt: 2000 })]
    const merged = mergeSharedOutbox(mine, theirs, { owned: false, shared: new Set(['a']), gone: none })
    expect(statuses(merged)).toEqual(['a:sent', 'b:sending', 'mine:queued'])
    // Another holder that does not send says nothing about what was settled.
    const fromOther = { owned: false, shared: new Set(['a']), gone: none, fromOwner: false }
    expect(mergeSharedOutbox(mine, [], fromOther)).toBe(undefined)
  })
})

describe('createOutboxOwnership', () => {
  const twoHolders = async () => {
    const storage = memoryStorage()
    const { openChannel } = fakeChannels()
    const locks = fakeLocks()
    const stores = [0, 1].map(() => createChatStore({ namespace: '/api/v1', storage }))
    const holders = stores.map((store) => createOutboxOwnership(store, 's1', { locks, openChannel }))
    await flush()
    return { stores, holders }
  }

  it('one of two stores sharing a namespace owns a session; a message written in the other reaches it', async () => {
    const { stores, holders } = await twoHolders()
    expect(holders.map((holder) => holder.owned)).toEqual([true, false])

    const id = stores[1]!.getState().enqueue('s1', { text: 'from the other tab' })
    await flush()
    expect(statuses(stores[0]!.getState().outbox.s1)).toEqual([`${id}:queued`])

    // The owner sends it: the other shows it in flight, then confirmed.
    stores[0]!.getState().claimNext('s1', { online: true })
    await flush()
    expect(statuses(stores[1]!.getState().outbox.s1)).toEqual([`${id}:sending`])
    stores[0]!.getState().markSent('s1', id)
    await flush()
    expect(statuses(stores[1]!.getState().outbox.s1)).toEqual([`${id}:sent`])
  })

  it('the next owner settles what the previous one had in flight before sending anything', async () => {
    const { stores, holders } = await twoHolders()
    const id = stores[0]!.getState().enqueue('s1', { text: 'in flight' })
    stores[0]!.getState().claimNext('s1', { online: true })
    await flush()
    holders[0]!.release()
    await flush()
    expect(holders[1]!.owned).toBe(true)
    expect(statuses(stores[1]!.getState().outbox.s1)).toEqual([`${id}:unknown`])
    expect(stores[1]!.getState().claimNext('s1', { online: true }).type).toBe('idle')
  })

  it('a holder that read a message from storage and missed the owner sending it shows it once, never queued again', async () => {
    const storage = memoryStorage()
    const { openChannel } = fakeChannels()
    const locks = fakeLocks()
    let clock = 1000
    const owner = createChatStore({ namespace: '/api/v1', storage, now: () => clock })
    const ownership = createOutboxOwnership(owner, 's1', { locks, openChannel })
    await flush()
    expect(ownership.owned).toBe(true)
    const id = owner.getState().enqueue('s1', { text: 'limited' })
    owner.getState().claimNext('s1', { online: true })
    owner.getState().markFailed('s1', id, error('rate_limited', { retryable: true, retryAfterMs: 1000 }))

    // A second tab reads storage now, and listens only after the owner has sent the message and dropped it.
    const late = createChatStore({ namespace: '/api/v1', storage, now: () => clock })
    expect(statuses(late.getState().outbox.s1)).toEqual([`${id}:queued`])
    clock = 5000
    expect(owner.getState().claimNext('s1', { online: true }).type).toBe('send')
    owner.getState().markSent('s1', id)
    owner.getState().reconcile('s1', [message('m1', 'user', 'limited', { createdAt: 2000 })])
    expect(owner.getState().outbox.s1 ?? []).toEqual([])
    let confirmed = 0
    const lateOwnership = createOutboxOwnership(late, 's1', {
      locks,
      openChannel,
      onConfirmed: () => confirmed++,
    })
    await flush()
    await flush()

    expect(lateOwnership.owned).toBe(false)
    expect(statuses(late.getState().outbox.s1)).toEqual([`${id}:unknown`])
    expect(confirmed).toBe(1)
    // Shown once: the history's message is that entry.
    const history = [message('m1', 'user', 'limited', { createdAt: 2000 })]
    expect(mergeMessages(history, late.getState().outbox.s1!, {}).map((m) => m.key)).toEqual([id])
    // When the first tab goes, the second one settles it against the history instead of sending it again.
    ownership.release()
    await flush()
    expect(lateOwnership.owned).toBe(true)
    expect(late.getState().claimNext('s1', { online: true }).type).not.toBe('send')
  })

  it('a store kept in memory shares nothing and always owns', () => {
    const store = createChatStore({ storage: false })
    expect(createOutboxOwnership(store, 's1', { locks: fakeLocks() }).owned).toBe(true)
  })
})
