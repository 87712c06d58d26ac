// The headless entry, `atthene-chat-kit/headless`: what an app needs to build its own chat UI. Everything else in
// src/hooks and src/store (delivery planning, history matching, persistence, recovery rules) is internal and may
// change in any release; the checked-in API report (api/) lists exactly what is public.

export * from './client/index.ts'

export { ChatProvider } from './hooks/ChatProvider.tsx'
export type { ChatProviderProps } from './hooks/ChatProvider.tsx'
export { useChat } from './hooks/useChat.ts'
export type { UseChatOptions, UseChatResult } from './hooks/useChat.ts'
export { useSession } from './hooks/useSession.ts'
export type { UseSessionResult } from './hooks/useSession.ts'
export { useSessionMessages } from './hooks/useSessionMessages.ts'
export type { UseSessionMessagesOptions, UseSessionMessagesResult } from './hooks/useSessionMessages.ts'
export { useSessionStatus } from './hooks/useSessionStatus.ts'
export type { UseSessionStatusOptions, UseSessionStatusResult } from './hooks/useSessionStatus.ts'
export { useExecuteMessage } from './hooks/useExecuteMessage.ts'
export type { UseExecuteMessageOptions, UseExecuteMessageResult } from './hooks/useExecuteMessage.ts'

export { runtimeKeys } from './hooks/runtimeKeys.ts'
export { runtimeQueries } from './hooks/runtimeQueries.ts'
export type { HistoryData, NewSessionSource, SessionSource } from './hooks/runtimeQueries.ts'
export type { HistoryPage, HistoryPageParam, HistoryPages } from './store/historyPages.ts'

export { createChatMessage } from './store/createChatMessage.ts'
export type { ChatMessageInit } from './store/createChatMessage.ts'
export { createChatStore } from './store/createChatStore.ts'
export type { ChatState, ChatStore, ChatStoreOptions } from './store/createChatStore.ts'
export type { ChatActions, EnqueueInput } from './store/chatActions.ts'
export type { PersistedChatState } from './store/chatPersistence.ts'
export type * from './store/types.ts'

export { createUploadAdapter } from './hooks/UploadAdapter.ts'
export * from './uploads/index.ts'
