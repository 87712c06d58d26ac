import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup, tick, transcript, useFakeClock } from './harness.tsx'

beforeEach(() => useFakeClock())
afterEach(() => vi.useRealTimers())

const users = (messages: readonly { role: string; text: string }[]) =>
  transcript(messages).filter((line) => line.startsWith('user'))

describe('matching the history to the outbox', () => {
  it('never takes an older message with the same text for a new one that failed', async () => {
    const { runtime, wrapper } = setup({
      sessions: [
        {
          id: 's1',
          history: [
            { role: 'user', content: 'ok', createdAt: Date.now() - 120_000 },
            { role: 'assistant', content: 'Fine.', createdAt: Date.now() - 119_000 },
          ],
        },
      ],
    })
    runtime.inject({ kind: 'server_error', status: 500 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    let id = ''
    act(() => {
      id = result.current.send('ok')!
    })
    await tick(8000)
    expect(runtime.executions.map((e) => e.content)).toEqual(['ok'])
    expect(users(result.current.messages)).toEqual(['user: ok', 'user: ok'])
    expect(result.current.messages.find((m) => m.key === id)?.delivery).toBeUndefined()
    expect(result.current.messages).toHaveLength(4)
  })

  it('shows each message once after a refetch when this clock is 20 minutes ahead of the server', async () => {
    const { wrapper, queryClient } = setup({ now: () => Date.now() - 20 * 60_000 })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    act(() => {
      result.current.send('first')
    })
    await tick(200)
    act(() => {
      result.current.send('second')
    })
    await tick(200)
    await act(() => queryClient.refetchQueries())
    await tick(10)
    expect(users(result.current.messages)).toEqual(['user: first', 'user: second'])
    expect(result.current.messages).toHaveLength(4)
  })

  it('keeps order and replies when a focus refetch follows more than half a page of exchanges', async () => {
    const { wrapper, queryClient } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await tick(10)
    for (let n = 1; n <= 16; n++) {
      act(() => {
        result.current.send(`message ${n}`)
      })
      await tick(100)
    }
    const before = transcript(result.current.messages)
    const keys = result.current.messages.map((m) => m.key)
    expect(before).toHaveLength(32)
    await act(() => queryClient.refetchQueries())
    await tick(10)
    expect(transcript(result.current.messages)).toEqual(before)
    expect(result.current.messages.map((m) => m.key).slice(0, 2)).toEqual(keys.slice(0, 2))
    expect(result.current.messages.every((m) => m.delivery === undefined)).toBe(true)
  })
})
