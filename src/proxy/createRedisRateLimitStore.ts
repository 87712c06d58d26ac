import type { RuntimeProxyRateLimitStore } from './types.ts'

/**
 * The one thing the Redis store needs from a client: send a command, get its reply. node-redis has it as
 * `client.sendCommand(args)`; for ioredis pass `{ sendCommand: ([name, ...args]) => redis.call(name, ...args) }`.
 */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>
}

/** Options of `createRedisRateLimitStore`. */
export interface RedisRateLimitStoreOptions {
  /** Prepended to every key. @default 'atthene-proxy:' */
  readonly prefix?: string
}

// All counters of a request in one round trip, each incremented and given its time to live atomically.
const SCRIPT = `local totals = {}
for i, key in ipairs(KEYS) do
  totals[i] = redis.call('INCRBY', key, ARGV[i * 2 - 1])
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, ARGV[i * 2]) end
end
return totals`

/**
 * Rate-limit counters in Redis, so that every proxy instance behind a load balancer shares one limit. Takes your
 * own client, so the proxy itself depends on no Redis package.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis'
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect()
 * createRuntimeProxy({ …, rateLimit: { store: createRedisRateLimitStore(redis) } })
 * ```
 */
export function createRedisRateLimitStore(
  client: RedisCommandClient,
  options: RedisRateLimitStoreOptions = {},
): RuntimeProxyRateLimitStore {
  const prefix = options.prefix ?? 'atthene-proxy:'
  return {
    async increment(counters) {
      if (counters.length === 0) return []
      const keys = counters.map((counter) => prefix + counter.key)
      const args = counters.flatMap((counter) => [String(counter.amount), String(Math.ceil(counter.ttlMs))])
      const reply = await client.sendCommand(['EVAL', SCRIPT, String(keys.length), ...keys, ...args])
      if (!Array.isArray(reply) || reply.length !== counters.length) {
        throw new Error('createRedisRateLimitStore: unexpected reply from Redis')
      }
      return reply.map(Number)
    },
  }
}
