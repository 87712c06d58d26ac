import { act, renderHook, waitFor } from '@testing-library/react'
import { StrictMode, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createRuntimeClient } from '../../src/client/index.ts'
import { ChatProvider } from '../../src/hooks/ChatProvider.tsx'
import { useChat } from '../../src/hooks/useChat.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import { BASE_URL } from './harness.tsx'

describe('ChatProvider', () => {
  it('works without a QueryClient of its own and under StrictMode: one session, each message executed once', async () => {
    const runtime = createMockRuntime({ latencyMs: 20 })
    const client = createRuntimeClient({ baseUrl: BASE_URL, fetch: runtime.fetch, retry: false })
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <StrictMode>
        <ChatProvider client={client} storage={false}>
          {children}
        </ChatProvider>
      </StrictMode>
    )
    const { result } = renderHook(() => useChat({ agentKey: 'support' }), { wrapper })
    act(() => {
      result.current.send('one')
      result.current.send('two')
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(4))
    expect(runtime.requestCounts.sessions).toBe(1)
    expect(runtime.executions.map((e) => e.content)).toEqual(['one', 'two'])
  })
})
