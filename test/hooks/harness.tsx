import { QueryClient } from '@tanstack/react-query'
import { act } from '@testing-library/react'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import type { StateStorage } from 'zustand/middleware'
import { createRuntimeClient } from '../../src/client/index.ts'
import type { RuntimeClientOptions } from '../../src/client/types.ts'
import { ChatProvider } from '../../src/hooks/ChatProvider.tsx'
import { createChatStore } from '../../src/store/createChatStore.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import type { MockRuntime, MockRuntimeOptions } from '../../src/testing/types.ts'

export const BASE_URL = 'http://test/api/v1'

/** Options of `setup`. */
export interface SetupOptions extends MockRuntimeOptions {
  readonly runtime?: MockRuntime
  readonly client?: Partial<RuntimeClientOptions>
  readonly storage?: StateStorage
}

/** A reference runtime, a client on its fetch handler, a fresh QueryClient and store, and a wrapper. */
export function setup(options: SetupOptions = {}) {
  const { runtime: given, client: clientOptions, storage, ...runtimeOptions } = options
  const runtime =
    given ?? createMockRuntime({ latencyMs: 20, sessions: [{ id: 's1' }, { id: 's2' }], ...runtimeOptions })
  const client = createRuntimeClient({
    baseUrl: BASE_URL,
    fetch: runtime.fetch,
    retry: false,
    ...clientOptions,
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } })
  const store = createChatStore({ namespace: BASE_URL, storage: storage ?? false })
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ChatProvider client={client} queryClient={queryClient} store={store}>
      {children}
    </ChatProvider>
  )
  return { runtime, client, queryClient, store, wrapper }
}

/** Fake the clock and timers (not microtasks, so fetch bodies still resolve). */
export function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
}

/** Advance fake time inside `act`, letting promises settle in between. */
export async function tick(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

/** The texts of a thread, with the role as a prefix. */
export const transcript = (messages: readonly { role: string; text: string }[]) =>
  messages.map((message) => `${message.role}: ${message.text}`)
