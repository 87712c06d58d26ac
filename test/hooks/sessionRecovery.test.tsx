import { focusManager, onlineManager } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StateStorage } from 'zustand/middleware'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup, tick, transcript, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => {
  onlineManager.setOnline(true)
  vi.useRealTimers()
})

describe('session creation and storage failures', () => {
  it('retries creating the session after a 502, then sends the message typed meanwhile', async () => {
    const { runtime, wrapper } = setup({ sessions: [] })
    runtime.inject({ kind: 'server_error', status: 502 }, { endpoint: 'sessions' })
    const { result } = renderHook(() => useChat({ agentKey: 'support' }), { wrapper })
    act(() => {
      result.current.send('hello')
    })
    await tick(5000)
    expect(result.current.sessionId).toBeDefined()
    expect(runtime.executions.map((e) => e.content)).toEqual(['hello'])
    expect(transcript(result.current.messages)[0]).toBe('user: hello')
  })

  it('offers Retry when creating the session keeps failing, and tries again on reconnect', async () => {
    const { runtime, wrapper } = setup({ sessions: [] })
    runtime.inject({ kind: 'server_error', status: 502 }, { endpoint: 'sessions', times: 3 })
    const { result } = renderHook(() => useChat({ agentKey: 'support' }), { wrapper })
    act(() => {
      result.current.send('hello')
    })
    await tick(10_000)
    expect(result.current.sessionId).toBeUndefined()
    expect(result.current.error?.code).toBe('server_error')
    expect(result.current.reload).toBeTypeOf('function')
    runtime.inject({ kind: 'server_error', status: 502 }, { endpoint: 'sessions' })
    act(() => result.current.reload!())
    await tick(100)
    expect(result.current.sessionId).toBeUndefined()
    act(() => {
      onlineManager.setOnline(false)
      onlineManager.setOnline(true)
    })
    await tick(1000)
    expect(result.current.sessionId).toBeDefined()
    expect(runtime.executions.map((e) => e.content)).toEqual(['hello'])
    expect(result.current.error).toBeUndefined()
    act(() => focusManager.setFocused(true))
    await tick(100)
    // A created session is never created again.
    expect(runtime.requestCounts.sessions).toBe(5)
  })

  it('sends, and never throws into the caller, when the storage throws on every write', async () => {
    const broken: StateStorage = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    const { runtime, wrapper } = setup({ storage: broken })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    expect(() => act(() => void result.current.send('hello'))).not.toThrow()
    expect(result.current.messages[0]).toMatchObject({ unsaved: true })
    await tick(200)
    expect(runtime.executions.map((e) => e.content)).toEqual(['hello'])
    expect(transcript(result.current.messages)[0]).toBe('user: hello')
  })
})
