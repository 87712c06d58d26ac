import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { ChatStore } from '../store/createChatStore.ts'
import { defaultLockEnvironment } from '../store/createOutboxLock.ts'
import { createOutboxOwnership } from '../store/createOutboxOwnership.ts'
import type { ChatContextValue } from './ChatContext.ts'
import { runtimeKeys } from './runtimeKeys.ts'

/**
 * Whether this provider's store sends `sessionId`'s outbox: `true` for exactly one of the tabs and widgets that
 * share its storage namespace (see `createOutboxOwnership`); the others show the messages and take over when
 * the owner goes away.
 */
export function useOutboxOwnership(
  { store, client }: Pick<ChatContextValue, 'store' | 'client'>,
  sessionId: string | undefined,
): boolean {
  const queryClient = useQueryClient()
  const [owner, setOwner] = useState<{ store: ChatStore; sessionId: string } | undefined>()
  useEffect(() => {
    if (sessionId === undefined) return
    const queryKey = runtimeKeys.messages(client.baseUrl, sessionId)
    const ownership = createOutboxOwnership(store, sessionId, {
      ...defaultLockEnvironment(),
      // Another tab sent a message shown here: read the history for the reply.
      onConfirmed: () => void queryClient.invalidateQueries({ queryKey }),
    })
    const update = () => setOwner(ownership.owned ? { store, sessionId } : undefined)
    const unsubscribe = ownership.subscribe(update)
    update()
    return () => {
      unsubscribe()
      ownership.release()
    }
  }, [store, client, queryClient, sessionId])
  return owner !== undefined && owner.store === store && owner.sessionId === sessionId
}
