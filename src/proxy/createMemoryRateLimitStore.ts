import type { RuntimeProxyRateLimitStore } from './types.ts'

/** Rate-limit counters in this process's memory: the default, right for a single proxy instance. */
export function createMemoryRateLimitStore(now: () => number = Date.now): RuntimeProxyRateLimitStore {
  const counters = new Map<string, { value: number; expiresAt: number }>()
  let nextSweep = 0
  return {
    increment(entries) {
      const time = now()
      if (time >= nextSweep) {
        for (const [key, counter] of counters) if (counter.expiresAt <= time) counters.delete(key)
        nextSweep = time + 10_000
      }
      const totals = entries.map(({ key, amount, ttlMs }) => {
        const counter = counters.get(key)
        if (!counter || counter.expiresAt <= time) {
          counters.set(key, { value: amount, expiresAt: time + ttlMs })
          return amount
        }
        counter.value += amount
        return counter.value
      })
      return Promise.resolve(totals)
    },
  }
}
