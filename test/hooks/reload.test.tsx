import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRuntimeClient } from '../../src/client/index.ts'
import { useChat } from '../../src/hooks/useChat.ts'
import { createChatStore } from '../../src/store/createChatStore.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import { memoryStorage } from '../store/fixtures.ts'
import { BASE_URL, setup, tick, transcript, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => vi.useRealTimers())

/** The page before the reload: a message in flight and one queued behind it, persisted. */
function pageBeforeReload(storage: ReturnType<typeof memoryStorage>) {
  const store = createChatStore({ namespace: BASE_URL, storage })
  const inFlight = store.getState().enqueue('s1', { text: 'first' })
  const queued = store.getState().enqueue('s1', { text: 'second' })
  store.getState().claimNext('s1', { online: true })
  return { inFlight, queued }
}

describe('reload', () => {
  it('settles a message that was sending from the history before anything is resent, then sends the queued one', async () => {
    const storage = memoryStorage()
    const runtime = createMockRuntime({ latencyMs: 500, sessions: [{ id: 's1' }] })
    const { inFlight, queued } = pageBeforeReload(storage)
    // The old page's request reached the server; the page reloaded before the answer.
    const oldPage = createRuntimeClient({ baseUrl: BASE_URL, fetch: runtime.fetch, retry: false })
    void oldPage.executeMessage('s1', { content: 'first', correlationId: inFlight })
    await tick(10)

    const { wrapper } = setup({ runtime, storage })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    // The history already holds the first message: shown once, from the history; the second waits.
    expect(result.current.messages.map((m) => [m.key, m.delivery?.status])).toEqual([
      [inFlight, undefined],
      [queued, 'queued'],
    ])
    await tick(3000)
    expect(runtime.executions.map((e) => e.content)).toEqual(['first', 'second'])
    expect(runtime.executions[1]!.startedAt).toBeGreaterThanOrEqual(runtime.executions[0]!.finishedAt!)
    expect(transcript(result.current.messages).filter((line) => line.startsWith('user'))).toEqual([
      'user: first',
      'user: second',
    ])
    expect(result.current.messages).toHaveLength(4)
    expect(result.current.messages[0]!.key).toBe(inFlight)
    expect(result.current.messages[2]!.key).toBe(queued)
  })

  it('resends, once, a message that was sending but never reached the server', async () => {
    const storage = memoryStorage()
    const runtime = createMockRuntime({ latencyMs: 20, sessions: [{ id: 's1' }] })
    const { inFlight } = pageBeforeReload(storage)
    const { wrapper } = setup({ runtime, storage })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    expect(result.current.messages[0]!.delivery?.status).toBe('unknown')
    await tick(5000)
    expect(runtime.executions.map((e) => [e.content, e.correlationId])).toEqual([
      ['first', inFlight],
      ['second', expect.any(String)],
    ])
    expect(result.current.messages).toHaveLength(4)
    expect(result.current.messages[0]!.key).toBe(inFlight)
  })

  it('keeps the draft and failed messages across a reload', async () => {
    const storage = memoryStorage()
    const runtime = createMockRuntime({ latencyMs: 20, sessions: [{ id: 's1' }] })
    runtime.inject({ kind: 'content_policy' })
    const first = setup({ runtime, storage })
    const before = renderHook(() => useChat({ sessionId: 's1' }), { wrapper: first.wrapper })
    before.result.current.setDraft('unfinished')
    before.result.current.send('not allowed')
    await tick(100)
    before.unmount()

    const { wrapper } = setup({ runtime, storage })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    expect(result.current.draft).toBe('unfinished')
    expect(result.current.messages).toMatchObject([
      { text: 'not allowed', delivery: { status: 'failed', error: { code: 'content_policy' } } },
    ])
  })
})
