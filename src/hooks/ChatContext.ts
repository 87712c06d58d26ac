import { createContext, useContext } from 'react'
import type { RuntimeClient } from '../client/types.ts'
import type { ChatStore } from '../store/createChatStore.ts'
import type { UploadAdapter } from './UploadAdapter.ts'

/** What `ChatProvider` gives the hooks. */
export interface ChatContextValue {
  readonly client: RuntimeClient
  readonly store: ChatStore
  readonly upload: UploadAdapter
  /** Files picked on this page, by attachment id, until they are uploaded (a `File` cannot be persisted). */
  readonly files: Map<string, File>
  /** Sessions whose unknown message is being settled, so it is settled once at a time. */
  readonly settling: Set<string>
}

/** The context of `ChatProvider`. */
export const ChatContext = createContext<ChatContextValue | null>(null)

/** The provider's context; throws "`hook` must be used within ChatProvider" outside one. */
export function useChatContext(hook: string): ChatContextValue {
  const value = useContext(ChatContext)
  if (value === null) throw new Error(`${hook} must be used within ChatProvider`)
  return value
}
