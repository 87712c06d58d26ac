import type { InfiniteData } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import {
  ChatProvider,
  createChatStore,
  runtimeQueries,
  useChat,
  useExecuteMessage,
  useSession,
  useSessionMessages,
  useSessionStatus,
  type ChatMessage,
  type ChatProviderProps,
  type HistoryPage,
  type HistoryPageParam,
  type RuntimeClient,
  type RuntimeError,
  type RuntimeErrorInfo,
  type SendInput,
  type SessionStatus,
  type UseChatResult,
} from '../../src/headless.ts'

declare const client: RuntimeClient

describe('headless hook types', () => {
  it('useChat takes exactly one session source and returns the documented fields', () => {
    expectTypeOf(useChat).toBeCallableWith({ sessionId: 's1' })
    expectTypeOf(useChat).toBeCallableWith({ agentKey: 'support', pageSize: 20 })
    expectTypeOf(useChat).toBeCallableWith({ agentId: 'uuid' })
    expectTypeOf(useChat).toBeCallableWith({ config: { name: 'bot' } })
    // @ts-expect-error a source is required
    useChat({ pageSize: 10 })
    expectTypeOf<UseChatResult['messages']>().toEqualTypeOf<readonly ChatMessage[]>()
    expectTypeOf<UseChatResult['send']>().toEqualTypeOf<(input: SendInput) => string | undefined>()
    expectTypeOf<UseChatResult['retry']>().toEqualTypeOf<(key: string) => void>()
    expectTypeOf<UseChatResult['error']>().toEqualTypeOf<RuntimeErrorInfo | undefined>()
    expectTypeOf<UseChatResult['status']>().toEqualTypeOf<SessionStatus | undefined>()
    expectTypeOf<UseChatResult['startNew']>().toEqualTypeOf<(() => void) | null>()
    expectTypeOf<UseChatResult['rateLimitedUntil']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<UseChatResult['fetchOlder']>().toEqualTypeOf<() => Promise<void>>()
    expectTypeOf<UseChatResult['sessionId']>().toEqualTypeOf<string | undefined>()
  })

  it('send takes text or text with files and attachments', () => {
    expectTypeOf<'hi'>().toExtend<SendInput>()
    expectTypeOf<{ text: string; files: File[] }>().toExtend<SendInput>()
    expectTypeOf<{ files: File[] }>().not.toExtend<SendInput>()
  })

  it('the smaller hooks', () => {
    expectTypeOf(useSessionMessages).parameter(0).toEqualTypeOf<string | undefined>()
    expectTypeOf(useSessionMessages).returns.toHaveProperty('hasOlder').toEqualTypeOf<boolean>()
    expectTypeOf(useSessionStatus).returns.toHaveProperty('error').toEqualTypeOf<RuntimeError | null>()
    expectTypeOf(useExecuteMessage)
      .returns.toHaveProperty('discard')
      .toEqualTypeOf<(correlationId: string) => void>()
    expectTypeOf(useSession).returns.toHaveProperty('outboxId').toEqualTypeOf<string>()
  })

  it('query factories carry their data types', () => {
    const messages = runtimeQueries.messages(client, 's1')
    expectTypeOf(messages.queryKey).toExtend<
      readonly ['atthene', string, 'session', string, 'messages', object]
    >()
    expectTypeOf(messages.initialPageParam).toEqualTypeOf<HistoryPageParam>()
    type Data = NonNullable<ReturnType<NonNullable<typeof messages.select>>>
    expectTypeOf<InfiniteData<HistoryPage, HistoryPageParam>>().toExtend<Data>()
    expectTypeOf(runtimeQueries.status(client, 's1').queryKey).toExtend<readonly unknown[]>()
  })

  it('ChatProvider needs a client; the store is vanilla', () => {
    expectTypeOf<ChatProviderProps['client']>().toEqualTypeOf<RuntimeClient>()
    expectTypeOf(ChatProvider).parameter(0).toHaveProperty('storage')
    expectTypeOf(createChatStore().getState().enqueue).returns.toEqualTypeOf<string>()
  })
})
