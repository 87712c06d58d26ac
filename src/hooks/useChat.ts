import { useCallback } from 'react'
import { useStore } from 'zustand'
import type { RuntimeErrorInfo, SessionStatus } from '../client/types.ts'
import { pickBannerError } from '../store/pickBannerError.ts'
import { selectDismissed, selectDraft, selectEntries, selectHasPending } from '../store/selectors.ts'
import { toErrorInfo } from '../store/toErrorInfo.ts'
import type { ChatMessage, SendInput } from '../store/types.ts'
import { useChatContext } from './ChatContext.ts'
import type { SessionSource } from './runtimeQueries.ts'
import { useExecuteMessage } from './useExecuteMessage.ts'
import { useSession } from './useSession.ts'
import { useSessionMessages } from './useSessionMessages.ts'
import { useSessionStatus } from './useSessionStatus.ts'

/** Options of `useChat`: where the conversation comes from, plus paging. */
export type UseChatOptions = SessionSource & {
  /** Messages per history page. @default 30 */
  readonly pageSize?: number
}

/** Result of `useChat`. */
export interface UseChatResult {
  /** The thread: history and unsent messages, oldest first, each with a stable `key`. */
  readonly messages: readonly ChatMessage[]
  /** Queue a message (shown at once); its correlation id, or `undefined` for empty text without attachments. */
  readonly send: (input: SendInput) => string | undefined
  /** Send a failed message again, by its key (correlation id). */
  readonly retry: (key: string) => void
  /** Drop an unsent or failed message, by its key. */
  readonly discard: (key: string) => void
  /** The session status, once read. */
  readonly status: SessionStatus | undefined
  /** The error worth a banner now, if any. */
  readonly error: RuntimeErrorInfo | undefined
  /** Hide the current banner error. */
  readonly dismissError: () => void
  /** `true` while a message waits, is in flight, or the agent is processing. */
  readonly isWorking: boolean
  /** `true` while the session is being created or its first history page loads. */
  readonly isLoading: boolean
  /** Load older messages. */
  readonly fetchOlder: () => Promise<void>
  /** `true` while older messages exist that are not loaded. */
  readonly hasOlder: boolean
  /** Start a new conversation; `null` for a fixed `sessionId`. */
  readonly startNew: (() => void) | null
  /** Try again what failed to load (creating the session), for the banner's Retry; `null` when nothing did. */
  readonly reload: (() => void) | null
  /** The composer text of this conversation (persisted). */
  readonly draft: string
  /** Replace the composer text of this conversation (`''` clears it). */
  readonly setDraft: (text: string) => void
  /** Until when sending is rate limited (ms since the epoch), for a countdown. */
  readonly rateLimitedUntil: number | undefined
  /** The session id, once known. */
  readonly sessionId: string | undefined
}

const queryError = (error: unknown, at: number) => (error ? [{ error: toErrorInfo(error), at }] : [])

/**
 * The whole chat of one conversation: the thread, sending with recovery, status, errors, paging and drafts.
 * @example
 * const chat = useChat({ agentKey: 'support_agent' })
 * chat.messages.map((message) => <Bubble key={message.key} message={message} />)
 */
export function useChat(options: UseChatOptions): UseChatResult {
  const { store } = useChatContext('useChat')
  const session = useSession(options)
  const { sessionId, outboxId } = session
  const history = useSessionMessages(sessionId, { pageSize: options.pageSize, outboxId })
  const status = useSessionStatus(sessionId)
  const execute = useExecuteMessage(sessionId, { outboxId })
  const draft = useStore(store, (state) => selectDraft(state, outboxId))
  const entries = useStore(store, (state) => selectEntries(state, outboxId))
  const dismissed = useStore(store, (state) => selectDismissed(state, outboxId))
  const pending = useStore(store, (state) => selectHasPending(state, outboxId))
  const banner = pickBannerError({
    queryErrors: [
      ...queryError(session.error, session.errorUpdatedAt),
      ...queryError(history.error, history.errorUpdatedAt),
      ...queryError(status.error, status.errorUpdatedAt),
    ],
    entries,
    messages: history.messages,
    dismissed,
  })
  const bannerId = banner?.id
  const setDraft = useCallback((text: string) => store.getState().setDraft(outboxId, text), [store, outboxId])
  const dismissError = useCallback(() => {
    if (bannerId !== undefined) store.getState().dismissError(outboxId, bannerId)
  }, [store, outboxId, bannerId])
  return {
    messages: history.messages,
    send: execute.send,
    retry: execute.retry,
    discard: execute.discard,
    status: status.status,
    error: banner?.error,
    dismissError,
    isWorking: pending || execute.isSending || status.isProcessing,
    isLoading: session.isCreating || history.isLoading,
    fetchOlder: history.fetchOlder,
    hasOlder: history.hasOlder,
    startNew: session.startNew,
    reload: session.retry,
    draft,
    setDraft,
    rateLimitedUntil: execute.rateLimitedUntil,
    sessionId,
  }
}
