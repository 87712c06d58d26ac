import type { RuntimeError } from './RuntimeError.ts'
import type { RetryOptions } from './types.ts'

/** Delay before retry number `attempt + 1`: full jitter, never shorter than what the server asked for. */
export function backoffDelay(
  attempt: number,
  error: RuntimeError,
  retry: Required<RetryOptions>,
  random: () => number,
): number {
  const cap = (base: number) => Math.min(retry.maxDelayMs, base * 2 ** attempt)
  // A 429 without Retry-After: back off from one second.
  const floor = error.retryAfterMs ?? (error.code === 'rate_limited' ? cap(1000) : 0)
  return Math.max(Math.round(random() * cap(retry.baseDelayMs)), floor)
}
