import type * as ChatChunk from '../standaloneChat.ts'

/** The chat chunk's exports. */
export type ChatModule = typeof ChatChunk

/** Loads the chat chunk once per URL; a failure is forgotten, so the next call tries again. */
export function createChatLoader(url: () => URL): () => Promise<ChatModule> {
  let pending: Promise<ChatModule> | undefined
  let attempts = 0
  return () => {
    if (!pending) {
      const target = url()
      // A browser may remember a failed module fetch for the page's lifetime: a retry asks for a new URL.
      if (attempts > 0) target.searchParams.set('retry', String(attempts))
      attempts += 1
      pending = (import(/* @vite-ignore */ target.href) as Promise<ChatModule>).catch((error: unknown) => {
        pending = undefined
        throw error
      })
    }
    return pending
  }
}
