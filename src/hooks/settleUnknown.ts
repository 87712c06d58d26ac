import type { QueryClient } from '@tanstack/react-query'
import { fetchNewestPage } from '../store/historyPages.ts'
import type { OutboxEntry } from '../store/types.ts'
import type { ChatContextValue } from './ChatContext.ts'
import { runtimeKeys } from './runtimeKeys.ts'
import { syncClock } from './syncClock.ts'

/** How many of the newest messages are read to settle an unknown delivery. */
const SETTLE_WINDOW = 50

/**
 * Settle a message whose delivery is unknown, once the session is no longer processing: read the newest
 * messages, look for it (by correlation id, else by content and order), then mark it sent or let the recovery
 * policy resend or fail it; finally refresh the cached history so the reply shows. A failed read leaves it
 * unknown (tried again on the next status read). Never resends before the history was read.
 */
export async function settleUnknown(
  context: ChatContextValue,
  queryClient: QueryClient,
  entry: OutboxEntry,
): Promise<void> {
  const { client, store, settling } = context
  const { sessionId } = entry
  if (settling.has(sessionId)) return
  settling.add(sessionId)
  try {
    const page = await fetchNewestPage((params) => client.getMessages(sessionId, params), SETTLE_WINDOW)
    syncClock(context)
    store.getState().settle(sessionId, entry.correlationId, page.messages)
    await queryClient.invalidateQueries({ queryKey: runtimeKeys.messages(client.baseUrl, sessionId) })
  } catch {
    // Still unknown: the next status read tries again.
  } finally {
    settling.delete(sessionId)
  }
}
