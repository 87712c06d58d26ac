/** The longest delay `setTimeout` takes (2^31 - 1 ms); a longer one overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The `setTimeout` delay to wake up at `until` (ms since the epoch): never negative, and never longer than a timer
 * can hold (about 24.8 days), so a far `Retry-After` wakes up early and plans again instead of firing at once.
 */
export function timerDelay(until: number, now: number): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, until - now))
}
