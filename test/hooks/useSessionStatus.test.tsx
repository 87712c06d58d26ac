import { focusManager } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStatus } from '../../src/hooks/useSessionStatus.ts'
import { setup, tick, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => {
  focusManager.setFocused(undefined)
  vi.useRealTimers()
})

describe('useSessionStatus', () => {
  it('reads at most twice a minute while idle', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useSessionStatus('s1'), { wrapper })
    await tick(10)
    expect(result.current.status?.status).toBe('active')
    await tick(120_000)
    expect(runtime.requestCounts.status).toBeLessThanOrEqual(1 + 4)
    expect(runtime.requestCounts.status).toBeGreaterThanOrEqual(2)
  })

  it('can stop polling when idle', async () => {
    const { runtime, wrapper } = setup()
    renderHook(() => useSessionStatus('s1', { idleIntervalMs: false }), { wrapper })
    await tick(120_000)
    expect(runtime.requestCounts.status).toBe(1)
  })

  it('polls about once a second while the session is processing', async () => {
    const { runtime, client, wrapper } = setup({ latencyMs: 10_000 })
    void client.executeMessage('s1', { content: 'busy' })
    await tick(10)
    const { result } = renderHook(() => useSessionStatus('s1'), { wrapper })
    await tick(5_050)
    expect(result.current.isProcessing).toBe(true)
    expect(runtime.requestCounts.status).toBeGreaterThanOrEqual(5)
    expect(runtime.requestCounts.status).toBeLessThanOrEqual(7)
  })

  it('never polls while the tab is hidden', async () => {
    const { runtime, client, wrapper } = setup({ latencyMs: 10_000 })
    void client.executeMessage('s1', { content: 'busy' })
    await tick(10)
    const { result } = renderHook(() => useSessionStatus('s1'), { wrapper })
    await tick(10)
    expect(result.current.isProcessing).toBe(true)
    const before = runtime.requestCounts.status
    act(() => focusManager.setFocused(false))
    await tick(5_000)
    expect(runtime.requestCounts.status).toBe(before)
    act(() => focusManager.setFocused(true))
    await tick(2_000)
    expect(runtime.requestCounts.status).toBeGreaterThan(before)
  })

  it('stops on session_not_found', async () => {
    const { runtime, store, wrapper } = setup()
    runtime.deleteSession('s1')
    store.getState().enqueue('s1', { text: 'keeps status busy' })
    store.getState().claimNext('s1', { online: true })
    const { result } = renderHook(() => useSessionStatus('s1'), { wrapper })
    await tick(10)
    expect(result.current.error?.code).toBe('session_not_found')
    await tick(10_000)
    expect(runtime.requestCounts.status).toBe(1)
  })
})
