/**
 * Milliseconds to wait from a `Retry-After` header: seconds or an HTTP date; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined
  const seconds = Number(value)
  const ms = isNaN(seconds) ? Date.parse(value) - now : seconds * 1000
  return isNaN(ms) ? undefined : Math.max(0, Math.round(ms))
}
