import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useChat } from '../../src/hooks/useChat.ts'
import { useSession } from '../../src/hooks/useSession.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import { memoryStorage } from '../store/fixtures.ts'
import { setup } from './harness.tsx'

describe('useSession', () => {
  it('uses a given session id as is, with no way to start a new one', () => {
    const { wrapper, runtime } = setup()
    const { result } = renderHook(() => useSession({ sessionId: 's1' }), { wrapper })
    expect(result.current).toMatchObject({
      sessionId: 's1',
      outboxId: 's1',
      startNew: null,
      isCreating: false,
    })
    expect(runtime.requestCounts.sessions).toBe(0)
  })

  it('creates one session for an agent, remembers it across a reload, and starts a new one on demand', async () => {
    const storage = memoryStorage()
    const runtime = createMockRuntime({ latencyMs: 10 })
    const first = setup({ runtime, storage })
    const { result, unmount } = renderHook(() => useSession({ agentKey: 'support' }), {
      wrapper: first.wrapper,
    })
    await waitFor(() => expect(result.current.sessionId).toBeDefined())
    const created = result.current.sessionId
    expect(runtime.requestCounts.sessions).toBe(1)
    unmount()

    const second = setup({ runtime, storage })
    const reloaded = renderHook(() => useSession({ agentKey: 'support' }), { wrapper: second.wrapper })
    expect(reloaded.result.current.sessionId).toBe(created)
    act(() => reloaded.result.current.startNew!())
    await waitFor(() => expect(reloaded.result.current.sessionId).toBeDefined())
    await waitFor(() => expect(reloaded.result.current.sessionId).not.toBe(created))
    expect(runtime.requestCounts.sessions).toBe(2)
  })

  it('creates a session from an inline config', async () => {
    const { wrapper, runtime } = setup()
    const { result } = renderHook(() => useSession({ config: { name: 'bot', agent_type: 'llm_agent' } }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.sessionId).toBeDefined())
    expect(runtime.requestCounts.sessions).toBe(1)
  })

  it('sends messages written before the session exists, once it does', async () => {
    const { wrapper, runtime } = setup()
    const { result } = renderHook(() => useChat({ agentId: 'agent-1' }), { wrapper })
    expect(result.current.sessionId).toBeUndefined()
    act(() => {
      result.current.send('early bird')
    })
    expect(transcript(result.current.messages)).toEqual(['user: early bird'])
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(runtime.executions).toMatchObject([{ sessionId: result.current.sessionId, content: 'early bird' }])
  })

  it('moves the unsent message to the new conversation when the session ended', async () => {
    const { wrapper, runtime } = setup()
    const { result } = renderHook(() => useChat({ agentKey: 'support' }), { wrapper })
    await waitFor(() => expect(result.current.sessionId).toBeDefined())
    const ended = result.current.sessionId!
    runtime.deleteSession(ended)
    act(() => {
      result.current.send('still there?')
    })
    await waitFor(() => expect(result.current.error?.code).toBe('session_not_found'))
    act(() => result.current.startNew!())
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(result.current.sessionId).not.toBe(ended)
    expect(transcript(result.current.messages)[0]).toBe('user: still there?')
    expect(runtime.executions).toMatchObject([
      { sessionId: result.current.sessionId, content: 'still there?' },
    ])
    expect(result.current.error).toBeUndefined()
  })
})

const transcript = (messages: readonly { role: string; text: string }[]) =>
  messages.map((m) => `${m.role}: ${m.text}`)
