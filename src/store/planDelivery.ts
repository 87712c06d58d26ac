import type { OutboxEntry } from './types.ts'

/** What the outbox of one session needs next. */
export type DeliveryPlan =
  /** Nothing: empty, or a message in flight or waiting to be settled. */
  | { readonly type: 'idle' }
  /** Send this message (the oldest queued one). */
  | { readonly type: 'send'; readonly entry: OutboxEntry }
  /** The oldest queued message waits until `until` (rate limit or backoff). */
  | { readonly type: 'wait'; readonly until: number }
  /** The oldest message's delivery is unknown and the session is no longer processing: read the history. */
  | { readonly type: 'settle'; readonly entry: OutboxEntry }
  /** Wait for the browser to be back online. */
  | { readonly type: 'offline' }

/** What `planDelivery` needs to know besides the outbox. */
export interface DeliveryContext {
  readonly now: number
  readonly online: boolean
  /** When the status was last read as not processing (ms since the epoch), if it was. */
  readonly idleSince?: number
}

/**
 * The next step for one session's outbox. Messages go one at a time, in order: the oldest message neither sent
 * nor failed decides. A failed message does not hold the ones written after it (they go ahead; it keeps its
 * place and its actions, and a retry queues it behind them), while a message in flight or of unknown delivery
 * holds the queue until it is settled, so the agent sees messages in the order they are sent.
 */
export function planDelivery(entries: readonly OutboxEntry[], context: DeliveryContext): DeliveryPlan {
  const head = entries.find((entry) => entry.delivery.status !== 'sent' && entry.delivery.status !== 'failed')
  if (head === undefined) return { type: 'idle' }
  const { delivery } = head
  switch (delivery.status) {
    case 'sending':
    case 'failed':
    case 'sent':
      return { type: 'idle' }
    case 'unknown':
      if (!context.online) return { type: 'offline' }
      return context.idleSince !== undefined && context.idleSince > head.updatedAt
        ? { type: 'settle', entry: head }
        : { type: 'idle' }
    case 'queued':
      if (!context.online) return { type: 'offline' }
      if (delivery.retryAt !== undefined && delivery.retryAt > context.now) {
        return { type: 'wait', until: delivery.retryAt }
      }
      return { type: 'send', entry: head }
    default:
      return delivery satisfies never
  }
}
