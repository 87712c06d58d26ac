import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup, tick, transcript, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => vi.useRealTimers())

const DAY = 24 * 3_600_000

describe('lifecycle against a hostile server', () => {
  it('shows an execution that a 200 says failed as failed, once, with a banner', async () => {
    const { runtime, wrapper, queryClient } = setup()
    runtime.inject({ kind: 'execution_failed', reason: 'The model is overloaded.' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    let id = ''
    act(() => {
      id = result.current.send('hello')!
    })
    await tick(200)
    expect(result.current.messages.map((m) => [m.key, m.delivery?.status])).toEqual([[id, 'failed']])
    expect(result.current.error).toMatchObject({ code: 'server_error', message: 'The model is overloaded.' })
    // A history read that holds the user message shows it once, still failed, with its actions.
    await act(() => queryClient.refetchQueries())
    await tick(10)
    expect(result.current.messages.map((m) => [m.key, m.delivery?.status])).toEqual([[id, 'failed']])
    expect(runtime.executions).toHaveLength(1)
  })

  it('shows an execution that timed out on the server as failed, not as delivered', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'execution_timeout' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('slow')
    })
    await tick(5000)
    expect(result.current.messages).toHaveLength(1)
    expect(result.current.messages[0]!.delivery?.status).toBe('failed')
    expect(result.current.error?.code).toBe('timeout')
  })

  it('waits out a Retry-After longer than a timer can hold without spinning', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 30 * 24 * 3600 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('later')
    })
    await tick(100)
    expect(result.current.rateLimitedUntil).toBeGreaterThan(Date.now() + 29 * DAY)
    const timers = vi.spyOn(globalThis, 'setTimeout')
    await tick(1000)
    expect(timers.mock.calls.length).toBeLessThan(20)
    expect(runtime.executions).toHaveLength(0)
    expect(result.current.messages[0]!.delivery?.status).toBe('queued')
  })

  it('waits out a Retry-After date from a server whose clock is behind, with a countdown', async () => {
    const { runtime, wrapper } = setup({ now: () => Date.now() - 10 * 60_000 })
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 5, asDate: true })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('patient')
    })
    await tick(100)
    expect(result.current.rateLimitedUntil).toBeGreaterThan(Date.now() + 3000)
    await tick(3000)
    expect(runtime.requestCounts.execute).toBe(1)
    expect(runtime.executions).toHaveLength(0)
    await tick(3000)
    expect(runtime.executions).toHaveLength(1)
    expect(transcript(result.current.messages)[0]).toBe('user: patient')
  })

  it('never resends a rate-limited message at once, even with Retry-After: 0', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 0 }, { times: 3 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('gentle')
    })
    await tick(200)
    expect(runtime.requestCounts.execute).toBe(1)
    expect(result.current.rateLimitedUntil).toBeGreaterThan(Date.now())
  })
})
