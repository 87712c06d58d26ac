import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { useSessionMessages } from '../../src/hooks/useSessionMessages.ts'
import { runtimeKeys } from '../../src/hooks/runtimeKeys.ts'
import { BASE_URL, setup } from './harness.tsx'

describe('useSessionMessages', () => {
  it('loads the newest page first, then older pages, until the start', async () => {
    const { runtime, wrapper } = setup({ sessions: [{ id: 's1', history: 25 }] })
    const { result } = renderHook(() => useSessionMessages('s1', { pageSize: 10 }), { wrapper })
    await waitFor(() => expect(result.current.messages).toHaveLength(10))
    expect(result.current.messages.map((m) => m.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `s1-g${16 + i}`),
    )
    expect(result.current.hasOlder).toBe(true)
    expect(runtime.requestCounts.messages).toBe(2)
    await act(() => result.current.fetchOlder())
    await waitFor(() => expect(result.current.messages).toHaveLength(20))
    await act(() => result.current.fetchOlder())
    await waitFor(() => expect(result.current.hasOlder).toBe(false))
    expect(result.current.messages.map((m) => m.id)[0]).toBe('s1-g1')
    expect(result.current.messages).toHaveLength(25)
    expect(new Set(result.current.messages.map((m) => m.key)).size).toBe(25)
  })

  it('reads a short history in one request', async () => {
    const { runtime, wrapper } = setup({ sessions: [{ id: 's1', history: 4 }] })
    const { result } = renderHook(() => useSessionMessages('s1', { pageSize: 10 }), { wrapper })
    await waitFor(() => expect(result.current.messages).toHaveLength(4))
    expect(result.current.hasOlder).toBe(false)
    expect(runtime.requestCounts.messages).toBe(1)
  })

  it('keeps offsets right after replies were written into the newest page: no gap, no duplicate', async () => {
    const { wrapper, queryClient } = setup({ sessions: [{ id: 's1', history: 25 }] })
    const { result } = renderHook(() => useChat({ sessionId: 's1', pageSize: 10 }), { wrapper })
    await waitFor(() => expect(result.current.messages).toHaveLength(10))
    act(() => {
      result.current.send('new one')
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(12))
    await act(() => result.current.fetchOlder())
    await waitFor(() => expect(result.current.messages).toHaveLength(22))
    await act(() => queryClient.refetchQueries({ queryKey: runtimeKeys.messages(BASE_URL, 's1') }))
    await waitFor(() => expect(result.current.messages.at(-2)!.id).toMatch(/^msg/))
    const ids = result.current.messages.map((m) => m.key)
    expect(new Set(ids).size).toBe(ids.length)
    expect(result.current.messages.at(-2)!.text).toBe('new one')
    await act(() => result.current.fetchOlder())
    await act(() => result.current.fetchOlder())
    await waitFor(() => expect(result.current.hasOlder).toBe(false))
    expect(result.current.messages).toHaveLength(27)
  })

  it('keeps the React key of a confirmed message when the history is read again', async () => {
    const { wrapper, queryClient, store } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    let id = ''
    act(() => {
      id = result.current.send('keep my key')!
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(result.current.messages[0]!.id).toBeUndefined()
    await act(() => queryClient.refetchQueries({ queryKey: runtimeKeys.messages(BASE_URL, 's1') }))
    await waitFor(() => expect(result.current.messages[0]!.id).toBeDefined())
    expect(result.current.messages).toHaveLength(2)
    expect(result.current.messages[0]).toMatchObject({
      key: id,
      id: expect.stringMatching(/^msg/) as unknown,
    })
    expect(store.getState().outbox).toEqual({})
  })
})
