// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisRateLimitStore } from '../../src/proxy/index.ts'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'
import { connectRedis, startRedisServer } from './redisServer.ts'

let redis: Awaited<ReturnType<typeof startRedisServer>>
let client: Awaited<ReturnType<typeof connectRedis>>

beforeAll(async () => {
  redis = await startRedisServer()
  client = await connectRedis(redis.port)
})

afterAll(() => {
  client?.close()
  redis?.stop()
})

describe('createRedisRateLimitStore against a real redis-server', () => {
  it('increments several counters in one round trip and sets their time to live once', async () => {
    const store = createRedisRateLimitStore(client, { prefix: 'test1:' })
    const counters = [
      { key: 'a', amount: 1, ttlMs: 60_000 },
      { key: 'b', amount: 500, ttlMs: 5_000 },
    ]
    expect(await store.increment(counters)).toEqual([1, 500])
    expect(await store.increment(counters)).toEqual([2, 1000])
    const ttl = Number(await client.sendCommand(['PTTL', 'test1:b']))
    expect(ttl).toBeGreaterThan(3_000)
    expect(ttl).toBeLessThanOrEqual(5_000)
  })

  it('lets counters expire', async () => {
    const store = createRedisRateLimitStore(client, { prefix: 'test2:' })
    await store.increment([{ key: 'x', amount: 3, ttlMs: 100 }])
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await store.increment([{ key: 'x', amount: 1, ttlMs: 100 }])).toEqual([1])
  })

  it('makes two proxy instances behind a load balancer share one limit', async () => {
    const upstream = await startUpstream()
    const store = createRedisRateLimitStore(client, { prefix: 'test3:' })
    const options = {
      apiKey: SECRET_KEY,
      upstream: upstream.baseUrl,
      bindSessions: false,
      rateLimit: { requestsPerMinute: 4, store },
    }
    const first = await startProxy(options)
    const second = await startProxy(options)
    const statuses: number[] = []
    for (const proxy of [first, second, first, second, first, second]) {
      statuses.push((await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/'))).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    expect(upstream.log).toHaveLength(4)
    await Promise.all([first.close(), second.close(), upstream.close()])
  })
})
