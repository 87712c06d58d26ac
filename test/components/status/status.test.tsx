import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sessionBadgeState } from '../../../src/components/status/sessionBadgeState.ts'
import { useSecondsSince } from '../../../src/components/status/useSecondsSince.ts'
import { useSecondsUntil } from '../../../src/components/status/useSecondsUntil.ts'

describe('sessionBadgeState', () => {
  it('puts offline first, then working, then the server status', () => {
    expect(sessionBadgeState('active', true, 'offline')).toBe('offline')
    expect(sessionBadgeState('active', true, 'online')).toBe('working')
    expect(sessionBadgeState('processing', false, 'online')).toBe('working')
    expect(sessionBadgeState('error', false, 'online')).toBe('error')
    expect(sessionBadgeState('active', false, 'online')).toBe('ready')
    expect(sessionBadgeState('idle', false, 'online')).toBe('idle')
    expect(sessionBadgeState(undefined, false, 'online')).toBe('unknown')
    expect(sessionBadgeState('paused', false, 'online')).toBe('other')
  })
})

describe('second counters', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('useSecondsUntil counts down once per second and stops at 0', () => {
    const until = Date.now() + 2500
    const { result } = renderHook(() => useSecondsUntil(until))
    expect(result.current).toBe(3)
    act(() => void vi.advanceTimersByTime(600))
    expect(result.current).toBe(2)
    act(() => void vi.advanceTimersByTime(1000))
    expect(result.current).toBe(1)
    act(() => void vi.advanceTimersByTime(1000))
    expect(result.current).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('useSecondsUntil is 0 without a date', () => {
    const { result } = renderHook(() => useSecondsUntil(undefined))
    expect(result.current).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('useSecondsSince counts up', () => {
    const since = Date.now() - 12_000
    const { result, unmount } = renderHook(() => useSecondsSince(since))
    expect(result.current).toBe(12)
    act(() => void vi.advanceTimersByTime(3000))
    expect(result.current).toBe(15)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
