export * from './client/index.ts'

export { ChatProvider } from './hooks/ChatProvider.tsx'
export type { ChatProviderProps } from './hooks/ChatProvider.tsx'
export { ChatContext, useChatContext } from './hooks/ChatContext.ts'
export type { ChatContextValue } from './hooks/ChatContext.ts'
export { createUploadAdapter } from './hooks/UploadAdapter.ts'
export { runtimeKeys } from './hooks/runtimeKeys.ts'
export { runtimeQueries, DEFAULT_PAGE_SIZE } from './hooks/runtimeQueries.ts'
export type { HistoryData, NewSessionSource, SessionSource } from './hooks/runtimeQueries.ts'
export { executeMessageOptions } from './hooks/executeMessageOptions.ts'
export { useChat } from './hooks/useChat.ts'
export type { UseChatOptions, UseChatResult } from './hooks/useChat.ts'
export { useSession, pickSessionSource } from './hooks/useSession.ts'
export type { UseSessionResult } from './hooks/useSession.ts'
export { useSessionMessages } from './hooks/useSessionMessages.ts'
export type { UseSessionMessagesOptions, UseSessionMessagesResult } from './hooks/useSessionMessages.ts'
export { useSessionStatus } from './hooks/useSessionStatus.ts'
export type { UseSessionStatusOptions, UseSessionStatusResult } from './hooks/useSessionStatus.ts'
export { useExecuteMessage } from './hooks/useExecuteMessage.ts'
export type { UseExecuteMessageOptions, UseExecuteMessageResult } from './hooks/useExecuteMessage.ts'

export { createChatStore } from './store/createChatStore.ts'
export type { ChatState, ChatStore, ChatStoreOptions } from './store/createChatStore.ts'
export { createChatActions } from './store/chatActions.ts'
export type { ChatActions, EnqueueInput } from './store/chatActions.ts'
export { PERSIST_VERSION, persistName } from './store/chatPersistence.ts'
export type { PersistedChatState } from './store/chatPersistence.ts'
export {
  selectDismissed,
  selectDraft,
  selectEntries,
  selectGeneration,
  selectHasInFlight,
  selectHasPending,
  selectRateLimitedUntil,
  selectRememberedSession,
} from './store/selectors.ts'
export { mergeMessages, entryToMessage } from './store/mergeMessages.ts'
export { matchHistory, isLocalMessage } from './store/matchHistory.ts'
export { planDelivery } from './store/planDelivery.ts'
export type { DeliveryContext, DeliveryPlan } from './store/planDelivery.ts'
export { applyFailure, settleEntry } from './store/applyFailure.ts'
export { recoveryPolicy, backoffDelay, retryRead } from './store/recoveryPolicy.ts'
export type { RecoveryPolicy } from './store/recoveryPolicy.ts'
export { pickBannerError } from './store/pickBannerError.ts'
export type { BannerError, BannerSources } from './store/pickBannerError.ts'
export { statusPollInterval } from './store/statusPollInterval.ts'
export type { StatusPollInput } from './store/statusPollInterval.ts'
export { flattenHistory, fetchNewestPage, olderPageParam } from './store/historyPages.ts'
export type { HistoryPage, HistoryPageParam, HistoryPages } from './store/historyPages.ts'
export { buildContent } from './store/buildContent.ts'
export { toErrorInfo } from './store/toErrorInfo.ts'
export type * from './store/types.ts'

export * from './uploads/index.ts'
