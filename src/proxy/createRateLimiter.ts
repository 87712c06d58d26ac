import { createMemoryRateLimitStore } from './createMemoryRateLimitStore.ts'
import type { RuntimeProxyCounter, RuntimeProxyRateLimit } from './types.ts'

const MINUTE = 60_000
const DAY = 86_400_000

/** Whether a visitor may go on, or how long to wait. */
export type RateLimitVerdict =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number; readonly message: string }

/** What one request costs. */
export interface RateLimitCharge {
  readonly requests: number
  readonly bytes: number
  readonly executes: number
}

/** Fixed windows per visitor (a minute, a UTC day), counted in the configured store. */
export function createRateLimiter(options: RuntimeProxyRateLimit, now: () => number = Date.now) {
  const store = options.store ?? createMemoryRateLimitStore(now)
  const limits = [
    { name: 'requests', per: 'minute', limit: options.requestsPerMinute ?? 120, windowMs: MINUTE },
    { name: 'bytes', per: 'minute', limit: options.bytesPerMinute ?? 20 * 1024 * 1024, windowMs: MINUTE },
    { name: 'executes', per: 'day', limit: options.executesPerDay ?? 500, windowMs: DAY },
  ] as const

  return async function charge(visitor: string, cost: RateLimitCharge): Promise<RateLimitVerdict> {
    const time = now()
    const active = limits.filter((limit) => cost[limit.name] > 0)
    const counters: RuntimeProxyCounter[] = active.map((limit) => {
      const window = Math.floor(time / limit.windowMs)
      return {
        key: `${encodeURIComponent(visitor)}:${limit.name}:${window}`,
        amount: cost[limit.name],
        ttlMs: (window + 1) * limit.windowMs - time + 1000,
      }
    })
    const totals = await store.increment(counters)
    // When several limits are over, the visitor waits for the one that clears last.
    const over = active
      .filter((limit, index) => (totals[index] ?? 0) > limit.limit)
      .map((limit) => ({ limit, windowEnd: (Math.floor(time / limit.windowMs) + 1) * limit.windowMs }))
      .sort((a, b) => b.windowEnd - a.windowEnd)[0]
    if (!over) return { ok: true }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((over.windowEnd - time) / 1000)),
      message: `Too many ${over.limit.name} this ${over.limit.per}; try again later.`,
    }
  }
}
