import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useStore } from 'zustand'
import { selectHasInFlight, selectRateLimitedUntil } from '../store/selectors.ts'
import type { SendInput } from '../store/types.ts'
import { useChatContext } from './ChatContext.ts'
import { executeMessageOptions } from './executeMessageOptions.ts'
import { sendMessage } from './sendMessage.ts'
import { useOutboxPump } from './useOutboxPump.ts'
import { useSessionStatus } from './useSessionStatus.ts'

/** Options of `useExecuteMessage`. */
export interface UseExecuteMessageOptions {
  /** The outbox `send`, `retry` and `discard` act on (a session being created has a provisional one). @default sessionId */
  readonly outboxId?: string
}

/** Result of `useExecuteMessage`. */
export interface UseExecuteMessageResult {
  /** Queue a message (shown at once); its correlation id, or `undefined` for empty input or no outbox. */
  readonly send: (input: SendInput) => string | undefined
  /** Send a failed message again. */
  readonly retry: (correlationId: string) => void
  /** Drop a message that is not in flight. */
  readonly discard: (correlationId: string) => void
  /** `true` while a message is in flight or its delivery is being settled. */
  readonly isSending: boolean
  /** Until when the server asked to wait (ms since the epoch), for a countdown; `undefined` when not limited. */
  readonly rateLimitedUntil: number | undefined
}

/**
 * Send messages to a session: each goes into the outbox at once, then one at a time and in order through the
 * execute mutation; replies go straight into the cached history; failures follow the recovery policy.
 */
export function useExecuteMessage(
  sessionId: string | undefined,
  { outboxId = sessionId }: UseExecuteMessageOptions = {},
): UseExecuteMessageResult {
  const context = useChatContext('useExecuteMessage')
  const { store } = context
  const queryClient = useQueryClient()
  const { mutate } = useMutation(executeMessageOptions(context, queryClient))
  const { status, updatedAt } = useSessionStatus(sessionId)
  useOutboxPump(context, sessionId, status && !status.isProcessing ? updatedAt : undefined, mutate)
  const send = useCallback(
    (input: SendInput) => (outboxId === undefined ? undefined : sendMessage(context, outboxId, input)),
    [context, outboxId],
  )
  const retry = useCallback(
    (id: string) => outboxId && store.getState().retry(outboxId, id),
    [store, outboxId],
  )
  const discard = useCallback(
    (id: string) => outboxId && store.getState().discard(outboxId, id),
    [store, outboxId],
  )
  return {
    send,
    retry,
    discard,
    isSending: useStore(store, (state) => selectHasInFlight(state, outboxId)),
    rateLimitedUntil: useStore(store, (state) => selectRateLimitedUntil(state, outboxId)),
  }
}
