import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup, transcript } from './harness.tsx'

describe('useChat', () => {
  it('throws a named error outside ChatProvider', () => {
    expect(() => renderHook(() => useChat({ sessionId: 's1' }))).toThrow(
      'useChat must be used within ChatProvider',
    )
  })

  it('shows a sent message at once, then the reply from the execute result, without a second read', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    await waitFor(() => expect(runtime.requestCounts.messages).toBe(1))
    let id: string | undefined
    act(() => {
      id = result.current.send('hello there')
    })
    expect(result.current.messages).toMatchObject([{ key: id, role: 'user', text: 'hello there' }])
    expect(result.current.messages[0]!.delivery?.status).toMatch(/queued|sending/)
    expect(result.current.isWorking).toBe(true)
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(result.current.messages[0]).toMatchObject({ key: id, correlationId: id })
    expect(result.current.messages[0]!.delivery).toBeUndefined()
    expect(result.current.messages[1]!.text).toContain('> hello there')
    expect(runtime.requestCounts.messages).toBe(1)
    expect(runtime.executions.map((e) => e.correlationId)).toEqual([id])
    await waitFor(() => expect(result.current.isWorking).toBe(false))
  })

  it('rejects empty and whitespace-only text without attachments', () => {
    const { wrapper, runtime } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    act(() => {
      expect(result.current.send('   \n ')).toBeUndefined()
      expect(result.current.send({ text: '' })).toBeUndefined()
    })
    expect(result.current.messages).toEqual([])
    expect(runtime.executions).toEqual([])
  })

  it('keeps a message that failed with its error; retry sends it once', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'content_policy', reason: 'Not allowed' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    let id = ''
    act(() => {
      id = result.current.send('forbidden words')!
    })
    await waitFor(() => expect(result.current.messages[0]!.delivery?.status).toBe('failed'))
    expect(result.current.messages).toHaveLength(1)
    expect(result.current.error?.code).toBe('content_policy')
    act(() => result.current.retry(id))
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(result.current.messages[0]!.key).toBe(id)
    expect(runtime.executions).toHaveLength(1)
    expect(result.current.error).toBeUndefined()
  })

  it('lets later messages go ahead of a failed one, which keeps its place and its actions', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'content_policy' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    let bad = ''
    act(() => {
      bad = result.current.send('bad')!
    })
    await waitFor(() => expect(result.current.messages[0]!.delivery?.status).toBe('failed'))
    act(() => {
      result.current.send('good')
    })
    expect(result.current.isWorking).toBe(true)
    await waitFor(() => expect(runtime.executions.map((e) => e.content)).toEqual(['good']))
    await waitFor(() => expect(result.current.messages).toHaveLength(3))
    expect(result.current.messages[0]).toMatchObject({ key: bad, delivery: { status: 'failed' } })
    expect(transcript(result.current.messages).slice(1, 2)).toEqual(['user: good'])
    act(() => result.current.discard(bad))
    expect(transcript(result.current.messages)[0]).toBe('user: good')
  })

  it('dismisses the banner error', async () => {
    const { runtime, wrapper } = setup()
    runtime.inject({ kind: 'content_policy' })
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    act(() => {
      result.current.send('bad')
    })
    await waitFor(() => expect(result.current.error?.code).toBe('content_policy'))
    act(() => result.current.dismissError())
    expect(result.current.error).toBeUndefined()
    expect(result.current.messages[0]!.delivery?.status).toBe('failed')
  })

  it('sends five rapid messages one at a time, in order, each once', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    const ids: string[] = []
    act(() => {
      for (const n of [1, 2, 3, 4, 5]) ids.push(result.current.send(`message ${n}`)!)
    })
    expect(result.current.messages.map((m) => m.key)).toEqual(ids)
    await waitFor(() => expect(result.current.messages).toHaveLength(10), { timeout: 3000 })
    expect(runtime.executions.map((e) => e.correlationId)).toEqual(ids)
    runtime.executions.slice(1).forEach((execution, index) => {
      expect(execution.startedAt).toBeGreaterThanOrEqual(runtime.executions[index]!.finishedAt!)
    })
    const users = result.current.messages.filter((m) => m.role === 'user')
    expect(users.map((m) => m.key)).toEqual(ids)
    expect(transcript(result.current.messages).filter((_, i) => i % 2 === 1)).toEqual(
      [1, 2, 3, 4, 5].map((n) => expect.stringContaining(`> message ${n}`) as unknown as string),
    )
  })

  it('keeps messages apart when the session changes mid-request', async () => {
    const { runtime, wrapper } = setup({ latencyMs: 150 })
    const { result, rerender } = renderHook(({ sessionId }) => useChat({ sessionId }), {
      wrapper,
      initialProps: { sessionId: 's1' },
    })
    act(() => {
      result.current.send('for one')
    })
    await waitFor(() => expect(runtime.executions).toHaveLength(1))
    rerender({ sessionId: 's2' })
    expect(result.current.messages).toEqual([])
    act(() => {
      result.current.send('for two')
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(transcript(result.current.messages)[0]).toBe('user: for two')
    expect(result.current.messages.some((m) => m.text.includes('for one'))).toBe(false)
    rerender({ sessionId: 's1' })
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(transcript(result.current.messages)[0]).toBe('user: for one')
    expect(runtime.executions.map((e) => [e.sessionId, e.content])).toEqual([
      ['s1', 'for one'],
      ['s2', 'for two'],
    ])
  })

  it('keeps drafts per conversation', () => {
    const { wrapper } = setup()
    const { result, rerender } = renderHook(({ sessionId }) => useChat({ sessionId }), {
      wrapper,
      initialProps: { sessionId: 's1' },
    })
    act(() => result.current.setDraft('half a thought'))
    rerender({ sessionId: 's2' })
    expect(result.current.draft).toBe('')
    rerender({ sessionId: 's1' })
    expect(result.current.draft).toBe('half a thought')
  })
})
