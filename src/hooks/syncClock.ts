import type { ChatContextValue } from './ChatContext.ts'

/** Copy the client's measured clock offset into the store, before the history is matched to the outbox. */
export function syncClock({ client, store }: Pick<ChatContextValue, 'client' | 'store'>): void {
  store.getState().setClockOffset(client.clockOffsetMs?.())
}
