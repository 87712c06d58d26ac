// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { createAbort, signalHook } from '../../src/proxy/createAbort.ts'

describe('createAbort', () => {
  it('calls each listener once, a late one at once, and not one that unsubscribed', () => {
    const exchange = createAbort()
    const kept = vi.fn()
    const dropped = vi.fn()
    exchange.onAbort(kept)
    exchange.onAbort(dropped)()
    expect(kept).not.toHaveBeenCalled()
    exchange.abort()
    exchange.abort()
    const late = vi.fn()
    exchange.onAbort(late)
    expect([kept.mock.calls.length, dropped.mock.calls.length, late.mock.calls.length]).toEqual([1, 0, 1])
  })
})

describe('signalHook', () => {
  it('follows an AbortSignal, including one that already aborted', () => {
    const controller = new AbortController()
    const hook = signalHook(controller.signal)
    const kept = vi.fn()
    const dropped = vi.fn()
    hook(kept)
    hook(dropped)()
    controller.abort()
    const late = vi.fn()
    hook(late)
    expect([kept.mock.calls.length, dropped.mock.calls.length, late.mock.calls.length]).toEqual([1, 0, 1])
  })
})
