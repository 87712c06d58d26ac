import type { RuntimeErrorInfo } from '../client/types.ts'
import { backoffDelay, recoveryPolicy } from './recoveryPolicy.ts'
import type { OutboxEntry } from './types.ts'

/** The outbox entry after its send failed with `error`, as the recovery policy says. */
export function applyFailure(
  entry: OutboxEntry,
  error: RuntimeErrorInfo,
  now: number,
  random: () => number = Math.random,
): OutboxEntry {
  const policy = recoveryPolicy[error.code]
  const base = { ...entry, updatedAt: now }
  // The server ran it and said it failed: nothing to settle, nothing to resend by itself.
  if (error.details?.executionFailed === true) return { ...base, delivery: { status: 'failed', error } }
  if (policy.delivery === 'unknown') return { ...base, delivery: { status: 'unknown', error } }
  if (policy.delivery === 'queued' && entry.attempts < policy.maxAttempts) {
    // Never sooner than the backoff: a Retry-After of 0 (or a date already past here) must not hammer the server.
    const wait = Math.max(error.retryAfterMs ?? 0, backoffDelay(entry.attempts, random))
    return { ...base, delivery: { status: 'queued', retryAt: now + wait, error } }
  }
  return { ...base, delivery: { status: 'failed', error } }
}

/** The error a message gets when its delivery stayed unknown and the history does not hold it. */
const LOST: RuntimeErrorInfo = {
  code: 'network',
  message: 'The message may not have reached the server.',
  retryable: true,
}

/**
 * Settle an entry whose delivery was unknown, once the history was read: `sent` when the history holds it;
 * otherwise resent after a backoff when its error allows it (a reload mid-send counts as a network error),
 * else `failed` for the user to retry.
 */
export function settleEntry(
  entry: OutboxEntry,
  found: boolean,
  now: number,
  random: () => number = Math.random,
): OutboxEntry {
  if (entry.delivery.status !== 'unknown') return entry
  if (found) return { ...entry, updatedAt: now, delivery: { status: 'sent', at: now } }
  const error = entry.delivery.error ?? LOST
  const policy = recoveryPolicy[error.code]
  if (policy.resend !== 'never' && entry.attempts < policy.maxAttempts) {
    const retryAt = now + backoffDelay(entry.attempts, random)
    return { ...entry, updatedAt: now, delivery: { status: 'queued', retryAt, error } }
  }
  return { ...entry, updatedAt: now, delivery: { status: 'failed', error } }
}
