import { describe, expect, it, vi } from 'vitest'
import { backoffDelay } from '../../src/client/backoffDelay.ts'
import { sleep } from '../../src/client/sleep.ts'
import { createError } from '../../src/client/toRuntimeError.ts'

const retry = { retries: 5, baseDelayMs: 500, maxDelayMs: 10_000 }
const network = createError('network', 'offline')

describe('backoffDelay', () => {
  it('is full jitter: random() * min(max, base * 2 ** attempt)', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, network, retry, () => 1))).toEqual([
      500, 1000, 2000, 4000,
    ])
    expect(backoffDelay(2, network, retry, () => 0.5)).toBe(1000)
    expect(backoffDelay(2, network, retry, () => 0)).toBe(0)
  })

  it('never exceeds maxDelayMs', () => {
    expect(backoffDelay(10, network, retry, () => 1)).toBe(10_000)
  })

  it('waits at least as long as Retry-After asked (the larger wins)', () => {
    const limited = createError('rate_limited', 'slow', { retryAfterMs: 3000 })
    expect(backoffDelay(0, limited, retry, () => 1)).toBe(3000)
    expect(backoffDelay(4, limited, retry, () => 1)).toBe(8000)
  })

  it('backs off from one second on a 429 without Retry-After', () => {
    const limited = createError('rate_limited', 'slow')
    expect(backoffDelay(0, limited, retry, () => 0)).toBe(1000)
    expect(backoffDelay(1, limited, retry, () => 0)).toBe(2000)
    expect(backoffDelay(9, limited, retry, () => 0)).toBe(10_000)
  })
})

describe('sleep', () => {
  it('resolves after the delay', async () => {
    vi.useFakeTimers()
    try {
      let done = false
      const waiting = sleep(1000).then(() => (done = true))
      await vi.advanceTimersByTimeAsync(999)
      expect(done).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      await waiting
      expect(done).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('rejects aborted as soon as the signal aborts, and at once for an aborted signal', async () => {
    const controller = new AbortController()
    const waiting = sleep(60_000, controller.signal)
    controller.abort()
    await expect(waiting).rejects.toMatchObject({ code: 'aborted' })
    await expect(sleep(10, controller.signal)).rejects.toMatchObject({ code: 'aborted' })
  })
})
