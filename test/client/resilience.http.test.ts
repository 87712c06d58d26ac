// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createRuntimeClient,
  isRuntimeError,
  type RuntimeClientOptions,
  type RuntimeEvent,
} from '../../src/client/index.ts'
import { startMockRuntimeServer, type MockRuntimeServer } from '../../src/testing/index.ts'

let server: MockRuntimeServer
const delays: number[] = []
const sleep = (ms: number) => (delays.push(ms), Promise.resolve())
const client = (options: RuntimeClientOptions = {}) =>
  createRuntimeClient({ baseUrl: server.baseUrl, sleep, random: () => 0.5, ...options })

beforeAll(async () => {
  server = await startMockRuntimeServer({ latencyMs: 0 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.runtime.reset()
  server.runtime.configure({ latencyMs: 0, readLatencyMs: 0 })
  server.runtime.createSession('s1')
  server.runtime.createSession('s2')
  delays.length = 0
})

describe('retry over HTTP', () => {
  it('retries reads on 5xx and succeeds', async () => {
    server.runtime.inject({ kind: 'server_error', status: 502 }, { endpoint: 'messages', times: 2 })
    const page = await client().getMessages('s1')
    expect(page.total).toBe(0)
    expect(server.runtime.requestCounts.messages).toBe(3)
    expect(delays).toEqual([250, 500])
  })

  it('retries a read that timed out', async () => {
    server.runtime.inject({ kind: 'hang', ms: 1000 }, { endpoint: 'status' })
    const status = await client({ timeoutMs: 100 }).getStatus('s1')
    expect(status.status).toBe('active')
    expect(server.runtime.requestCounts.status).toBe(2)
  })

  it('does not retry an execute on 500', async () => {
    server.runtime.inject({ kind: 'server_error', status: 500 })
    const error: unknown = await client()
      .executeMessage('s1', { content: 'hi' })
      .catch((e: unknown) => e)
    expect(isRuntimeError(error) && error).toMatchObject({ code: 'server_error', retryable: false })
    expect(server.runtime.requestCounts.execute).toBe(1)
    expect(delays).toEqual([])
  })

  it('retries an execute on 429 after Retry-After, executing it once', async () => {
    server.runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 2 })
    const result = await client().executeMessage('s1', { content: 'hi', correlationId: 'c-429' })
    expect(result.correlationId).toBe('c-429')
    expect(delays).toEqual([2000])
    expect(server.runtime.requestCounts.execute).toBe(2)
    expect(server.runtime.executions).toMatchObject([{ correlationId: 'c-429' }])
  })

  it('retries an execute on 503 with Retry-After', async () => {
    server.runtime.inject({ kind: 'server_error', status: 503, retryAfterSeconds: 1 })
    await client().executeMessage('s1', { content: 'hi' })
    expect(delays).toEqual([1000])
    expect(server.runtime.executions).toHaveLength(1)
  })

  it('retries an execute whose connection was refused, once the server is back', async () => {
    const flaky = await startMockRuntimeServer({ latencyMs: 0 })
    const port = new URL(flaky.origin).port
    await flaky.close()
    let back: MockRuntimeServer | undefined
    const restart = async () => {
      back ??= await startMockRuntimeServer({ port: Number(port), latencyMs: 0, sessions: [{ id: 's1' }] })
    }
    try {
      const result = await createRuntimeClient({ baseUrl: flaky.baseUrl, sleep: restart }).executeMessage(
        's1',
        {
          content: 'hi',
        },
      )
      expect(result.status).toBe('completed')
      expect(back?.runtime.executions).toHaveLength(1)
    } finally {
      await back?.close()
    }
  })
})

describe('per-session queue over HTTP', () => {
  it('sends 5 rapid executes to one session one at a time, in order, while another session proceeds', async () => {
    server.runtime.configure({ latencyMs: 60 })
    const inFlight: Record<string, number> = { s1: 0, s2: 0 }
    const maxInFlight: Record<string, number> = { s1: 0, s2: 0 }
    const log: string[] = []
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const session = /runtime\/(s\d)\//.exec(input as string)![1]!
      inFlight[session]! += 1
      maxInFlight[session] = Math.max(maxInFlight[session]!, inFlight[session]!)
      log.push(`send ${session}`)
      try {
        return await globalThis.fetch(input, init)
      } finally {
        inFlight[session]! -= 1
        log.push(`done ${session}`)
      }
    }
    const c = client({ fetch })
    const s1 = [1, 2, 3, 4, 5].map((n) =>
      c.executeMessage('s1', { content: `message ${n}`, correlationId: `c${n}` }),
    )
    const s2 = c.executeMessage('s2', { content: 'other session' })
    const results = await Promise.all(s1)
    await s2
    expect(results.map((r) => r.correlationId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'])
    expect(maxInFlight.s1).toBe(1)
    const s1Runs = server.runtime.executions.filter((e) => e.sessionId === 's1')
    expect(s1Runs.map((e) => e.content)).toEqual([
      'message 1',
      'message 2',
      'message 3',
      'message 4',
      'message 5',
    ])
    // s2 was sent before the first s1 execute came back: it did not wait behind the s1 queue.
    expect(log.indexOf('send s2')).toBeLessThan(log.indexOf('done s1'))
  })

  it('removes a queued execute whose signal aborts: rejected aborted, never sent', async () => {
    server.runtime.configure({ latencyMs: 80 })
    const controller = new AbortController()
    const c = client()
    const first = c.executeMessage('s1', { content: 'first' })
    const second = c.executeMessage('s1', { content: 'second' }, { signal: controller.signal })
    const third = c.executeMessage('s1', { content: 'third' })
    controller.abort()
    await expect(second).rejects.toMatchObject({ code: 'aborted' })
    await Promise.all([first, third])
    expect(server.runtime.executions.map((e) => e.content)).toEqual(['first', 'third'])
    expect(server.runtime.requestCounts.execute).toBe(2)
  })
})

describe('abort and timeout of an execute over HTTP', () => {
  it('an execute aborted in flight rejects aborted and may have run', async () => {
    server.runtime.configure({ latencyMs: 300 })
    const controller = new AbortController()
    const pending = client().executeMessage('s1', { content: 'hi' }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toMatchObject({ code: 'aborted', details: { maybeExecuted: true } })
  })

  it('an execute past timeoutMs rejects timeout, is not retried, and may have run', async () => {
    server.runtime.inject({ kind: 'hang', ms: 1000 })
    const error: unknown = await client({ timeoutMs: 100 })
      .executeMessage('s1', { content: 'slow', correlationId: 'c-slow' })
      .catch((e: unknown) => e)
    expect(isRuntimeError(error) && error).toMatchObject({
      code: 'timeout',
      retryable: false,
      correlationId: 'c-slow',
      details: { maybeExecuted: true },
    })
    expect(server.runtime.requestCounts.execute).toBe(1)
  })
})

describe('the API key', () => {
  it('never appears in an event, an error message or details, whatever fails', async () => {
    const apiKey = 'sk-atthene-0123456789abcdef'
    const guarded = await startMockRuntimeServer({
      latencyMs: 0,
      apiKeys: [apiKey],
      sessions: [{ id: 's1' }],
    })
    const events: RuntimeEvent[] = []
    const errors: unknown[] = []
    const keep = (promise: Promise<unknown>) => promise.catch((error: unknown) => void errors.push(error))
    try {
      const c = createRuntimeClient({
        baseUrl: guarded.baseUrl,
        apiKey,
        onEvent: (e) => events.push(e),
        sleep,
        timeoutMs: 200,
      })
      await c.executeMessage('s1', { content: 'calculate 1+1' })
      for (const fault of [
        { kind: 'rate_limit', retryAfterSeconds: 1 },
        { kind: 'server_error', status: 500 },
        { kind: 'html_error' },
        { kind: 'malformed_json' },
        { kind: 'drop_connection' },
        { kind: 'content_policy' },
        { kind: 'hang', ms: 1000 },
      ] as const) {
        guarded.runtime.inject(fault, { times: 4 })
        await keep(c.executeMessage('s1', { content: 'hi' }))
        guarded.runtime.clearFaults()
      }
      await keep(c.getMessages('missing'))
      await keep(
        createRuntimeClient({ baseUrl: guarded.baseUrl, apiKey: `expired-${apiKey}` }).getStatus('s1'),
      )
      expect(errors.length).toBeGreaterThanOrEqual(7)
      expect(events.some((e) => e.type === 'retry')).toBe(true)
      const dump = JSON.stringify({
        events,
        errors: errors.map((e) =>
          isRuntimeError(e) ? { ...e.toJSON(), stack: e.stack, cause: String(e.cause) } : e,
        ),
      })
      expect(dump).not.toContain(apiKey)
    } finally {
      await guarded.close()
    }
  })
})
