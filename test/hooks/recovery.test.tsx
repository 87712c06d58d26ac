import { onlineManager } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup, tick, transcript, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => {
  onlineManager.setOnline(true)
  vi.useRealTimers()
})

describe('recovery', () => {
  it('waits out a 429 (with a countdown), then resends the queued messages in order', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 3 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    let first = ''
    act(() => {
      first = result.current.send('one')!
      result.current.send('two')
    })
    await tick(50)
    const until = result.current.rateLimitedUntil
    expect(until).toBeGreaterThan(Date.now() + 2000)
    expect(result.current.error?.code).toBe('rate_limited')
    expect(result.current.messages.map((m) => m.delivery?.status)).toEqual(['queued', 'queued'])
    expect(runtime.executions).toHaveLength(0)
    await tick(2500)
    expect(runtime.executions).toHaveLength(0)
    await tick(1000)
    await tick(200)
    expect(runtime.executions.map((e) => e.content)).toEqual(['one', 'two'])
    expect(result.current.messages).toHaveLength(4)
    expect(result.current.messages[0]!.key).toBe(first)
    expect(result.current.rateLimitedUntil).toBeUndefined()
    expect(result.current.error).toBeUndefined()
  })

  it('after a client timeout, polls the status until the session is idle, then shows the reply from the history', async () => {
    const { runtime, wrapper } = setup({ latencyMs: 5000, client: { timeoutMs: 1000 } })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    let id = ''
    act(() => {
      id = result.current.send('slow question')!
    })
    await tick(1100)
    expect(result.current.messages[0]!.delivery?.status).toBe('unknown')
    expect(result.current.error?.code).toBe('timeout')
    expect(result.current.isWorking).toBe(true)
    const statusReads = runtime.requestCounts.status
    await tick(3000)
    expect(runtime.requestCounts.status - statusReads).toBeGreaterThanOrEqual(2)
    expect(result.current.messages).toHaveLength(1)
    await tick(2500)
    expect(transcript(result.current.messages)).toEqual([
      'user: slow question',
      expect.stringContaining('> slow question') as unknown as string,
    ])
    expect(result.current.messages[0]!.key).toBe(id)
    expect(result.current.messages[0]!.delivery).toBeUndefined()
    expect(runtime.executions).toHaveLength(1)
    expect(result.current.error).toBeUndefined()
  })

  it('after a 5xx, reads the history, then resends once after a backoff', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'server_error', status: 500 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('retry me')
    })
    await tick(100)
    expect(runtime.executions).toHaveLength(0)
    expect(result.current.messages[0]!.delivery).toMatchObject({
      status: 'unknown',
      error: { code: 'server_error' },
    })
    const reads = runtime.requestCounts.messages
    await tick(1200)
    expect(runtime.requestCounts.messages).toBeGreaterThan(reads)
    await tick(2000)
    expect(runtime.executions.map((e) => e.content)).toEqual(['retry me'])
    expect(transcript(result.current.messages)[0]).toBe('user: retry me')
    expect(result.current.messages).toHaveLength(2)
  })

  it('does not resend a message whose connection dropped after the server ran it', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'drop_connection' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('ran once')
    })
    await tick(100)
    expect(result.current.messages[0]!.delivery).toMatchObject({
      status: 'unknown',
      error: { code: 'network' },
    })
    await tick(5000)
    expect(runtime.executions).toHaveLength(1)
    expect(transcript(result.current.messages)).toEqual([
      'user: ran once',
      expect.stringContaining('> ran once') as unknown as string,
    ])
  })

  it('waits while offline and sends when the browser is back online', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => onlineManager.setOnline(false))
    act(() => {
      result.current.send('later')
    })
    await tick(2000)
    expect(runtime.executions).toHaveLength(0)
    expect(result.current.messages[0]!.delivery?.status).toBe('queued')
    act(() => onlineManager.setOnline(true))
    await tick(200)
    expect(runtime.executions.map((e) => e.content)).toEqual(['later'])
  })

  it('shows that the session ended and keeps the unsent text', async () => {
    const { runtime, wrapper } = setup()
    runtime.deleteSession('s1')
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('anyone?')
    })
    await tick(200)
    expect(result.current.error?.code).toBe('session_not_found')
    expect(result.current.messages).toMatchObject([{ text: 'anyone?', delivery: { status: 'failed' } }])
  })
})
