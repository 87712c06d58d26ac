import type { OutboxEntry } from './types.ts'

/**
 * The unsent messages of a session, moved to another one (a new conversation): queued ones and those that
 * failed because the session ended are queued again, other failed ones stay failed, and those whose delivery
 * was unknown become failed (the user decides). Messages in flight or sent stay where they are.
 */
export function moveUnsent(
  entries: readonly OutboxEntry[],
  sessionId: string,
  now: number,
): { readonly moved: OutboxEntry[]; readonly kept: OutboxEntry[] } {
  const moved: OutboxEntry[] = []
  const kept: OutboxEntry[] = []
  for (const entry of entries) {
    const { delivery } = entry
    if (delivery.status === 'sending' || delivery.status === 'sent') {
      kept.push(entry)
      continue
    }
    const requeue =
      delivery.status === 'queued' ||
      (delivery.status === 'failed' && delivery.error.code === 'session_not_found')
    const next = requeue
      ? ({ status: 'queued' } as const)
      : delivery.status === 'failed'
        ? delivery
        : ({
            status: 'failed',
            error: delivery.error ?? {
              code: 'network',
              message: 'The message may not have reached the server.',
              retryable: true,
            },
          } as const)
    moved.push({
      ...entry,
      sessionId,
      delivery: next,
      updatedAt: now,
      attempts: requeue ? 0 : entry.attempts,
    })
  }
  return { moved, kept }
}
