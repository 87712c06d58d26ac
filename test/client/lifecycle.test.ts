import { describe, expect, it } from 'vitest'
import { createRuntimeClient, type RuntimeError } from '../../src/client/index.ts'
import { sleep } from '../../src/client/sleep.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import { fakeFetch, fakeSleep, json } from './fakeFetch.ts'

const BASE_URL = 'http://test/api/v1'
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as RuntimeError,
  )

describe('the client over a hostile server', () => {
  it('does not wait out a Retry-After longer than maxDelayMs on a read: the caller sees the error', async () => {
    const { fetch, requests } = fakeFetch(
      json({ detail: 'slow down' }, 429, { 'retry-after': '3600' }),
      json({ messages: [], total: 0 }),
    )
    const { sleep: fake, delays } = fakeSleep()
    const client = createRuntimeClient({ fetch, sleep: fake, retry: { maxDelayMs: 10_000 } })
    const error = await failure(client.getMessages('s1'))
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterMs: 3_600_000 })
    expect(delays).toEqual([])
    expect(requests).toHaveLength(1)
  })

  it('reads a Retry-After date on the server clock (its Date header), not on this page clock', async () => {
    // The server's clock is 10 minutes behind this page; it asks for 60 s.
    const serverNow = Date.now() - 10 * 60_000
    const date = (ms: number) => new Date(ms).toUTCString()
    const { fetch } = fakeFetch(
      json({ detail: 'slow down' }, 429, { date: date(serverNow), 'retry-after': date(serverNow + 60_000) }),
    )
    const client = createRuntimeClient({ fetch, retry: false })
    const error = await failure(client.getStatus('s1'))
    expect(error?.retryAfterMs).toBeGreaterThanOrEqual(59_000)
    expect(error?.retryAfterMs).toBeLessThanOrEqual(61_000)
  })

  it("learns the server's clock offset from the Date header", async () => {
    const runtime = createMockRuntime({
      sessions: [{ id: 's1' }],
      now: () => Date.now() + 20 * 60_000,
    })
    const client = createRuntimeClient({ baseUrl: BASE_URL, fetch: runtime.fetch })
    expect(client.clockOffsetMs?.()).toBeUndefined()
    await client.getStatus('s1')
    expect(client.clockOffsetMs?.()).toBeGreaterThan(20 * 60_000 - 2000)
    expect(client.clockOffsetMs?.()).toBeLessThan(20 * 60_000 + 2000)
  })

  it('rejects a 200 whose body says the execution failed, as a failed execution', async () => {
    const runtime = createMockRuntime({ sessions: [{ id: 's1' }], latencyMs: 0 })
    runtime.inject({ kind: 'execution_failed', reason: 'The model is overloaded.' })
    const client = createRuntimeClient({ baseUrl: BASE_URL, fetch: runtime.fetch })
    const error = await failure(client.executeMessage('s1', { content: 'hi' }))
    expect(error).toMatchObject({
      code: 'server_error',
      message: 'The model is overloaded.',
      details: { executionFailed: true },
    })
  })

  it('never lets a wait longer than a timer can hold fire at once', async () => {
    const controller = new AbortController()
    let done = false
    void sleep(30 * 24 * 3_600_000, controller.signal).then(
      () => (done = true),
      () => undefined,
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(done).toBe(false)
    controller.abort()
  })
})
