import { afterEach, describe, expect, it, vi } from 'vitest'
import { createOutboxLock } from '../../src/store/createOutboxLock.ts'
import { fakeChannels, fakeLocks } from './outboxFakes.ts'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createOutboxLock with Web Locks', () => {
  it('gives the lock to one holder; the next one takes over when it is released', async () => {
    const locks = fakeLocks()
    const first = createOutboxLock('outbox:s1', { locks })
    const second = createOutboxLock('outbox:s1', { locks })
    const changes: boolean[] = []
    second.subscribe(() => changes.push(second.owned))
    await flush()
    expect([first.owned, second.owned]).toEqual([true, false])

    first.release()
    await flush()
    expect([first.owned, second.owned]).toEqual([false, true])
    expect(changes).toEqual([true])
  })

  it('locks each name on its own, and a holder that gives up while waiting never owns', async () => {
    const locks = fakeLocks()
    const first = createOutboxLock('outbox:s1', { locks })
    const other = createOutboxLock('outbox:s2', { locks })
    const waiting = createOutboxLock('outbox:s1', { locks })
    await flush()
    expect(other.owned).toBe(true)
    waiting.release()
    const third = createOutboxLock('outbox:s1', { locks })
    first.release()
    await flush()
    expect([waiting.owned, third.owned]).toEqual([false, true])
  })
})

describe('createOutboxLock over a BroadcastChannel (no Web Locks)', () => {
  afterEach(() => vi.useRealTimers())

  it('elects one owner; when it leaves, a waiting holder takes over', async () => {
    vi.useFakeTimers()
    const { openChannel } = fakeChannels()
    const first = createOutboxLock('outbox:s1', { openChannel })
    await vi.advanceTimersByTimeAsync(100)
    const second = createOutboxLock('outbox:s1', { openChannel })
    await vi.advanceTimersByTimeAsync(5_000)
    expect([first.owned, second.owned]).toEqual([true, false])

    first.release()
    await vi.advanceTimersByTimeAsync(100)
    expect(second.owned).toBe(true)
  })

  it('two holders starting together end with exactly one owner', async () => {
    vi.useFakeTimers()
    const { openChannel } = fakeChannels()
    const holders = [1, 2, 3].map(() => createOutboxLock('outbox:s1', { openChannel }))
    await vi.advanceTimersByTimeAsync(3_000)
    expect(holders.filter((holder) => holder.owned)).toHaveLength(1)
  })

  it('replaces an owner that went silent without releasing', async () => {
    vi.useFakeTimers()
    const { openChannel, silence, last } = fakeChannels()
    const first = createOutboxLock('outbox:s1', { openChannel, heartbeatMs: 1_000 })
    silence(undefined)
    const firstChannel = last('outbox:s1')
    await vi.advanceTimersByTimeAsync(100)
    const second = createOutboxLock('outbox:s1', { openChannel, heartbeatMs: 1_000 })
    await vi.advanceTimersByTimeAsync(2_000)
    expect(second.owned).toBe(false)

    silence(firstChannel)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(second.owned).toBe(true)
    expect(first.owned).toBe(true) // it cannot know; its tab is gone in real life
  })
})

it('is owned at once where neither Web Locks nor BroadcastChannel exist', () => {
  expect(createOutboxLock('outbox:s1', {}).owned).toBe(true)
})
