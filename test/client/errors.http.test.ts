// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createRuntimeClient,
  isRuntimeError,
  type RuntimeClientOptions,
  type RuntimeError,
  type RuntimeEvent,
} from '../../src/client/index.ts'
import { startMockRuntimeServer, type MockRuntimeServer } from '../../src/testing/index.ts'

let server: MockRuntimeServer
const events: RuntimeEvent[] = []
const client = (options: RuntimeClientOptions = {}) =>
  createRuntimeClient({
    baseUrl: server.baseUrl,
    retry: false,
    onEvent: (event) => events.push(event),
    ...options,
  })

const failure = async (promise: Promise<unknown>): Promise<RuntimeError> => {
  try {
    await promise
  } catch (error) {
    if (isRuntimeError(error)) return error
    throw error
  }
  throw new Error('expected a rejection')
}

beforeAll(async () => {
  server = await startMockRuntimeServer({ latencyMs: 0, maxBodyBytes: 2000 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.runtime.reset()
  server.runtime.configure({ latencyMs: 0 })
  server.runtime.createSession('s1')
  events.length = 0
})

describe('every error code over HTTP', () => {
  it('unauthorized: 401 for an unknown or expired key; forbidden: 403', async () => {
    const guarded = await startMockRuntimeServer({
      latencyMs: 0,
      apiKeys: ['good'],
      sessions: [{ id: 's1' }],
    })
    try {
      const as = (apiKey?: string) =>
        createRuntimeClient({ baseUrl: guarded.baseUrl, apiKey }).getStatus('s1')
      expect(await failure(as())).toMatchObject({ code: 'unauthorized', status: 401, retryable: false })
      expect(await failure(as('wrong'))).toMatchObject({ code: 'unauthorized', message: 'Invalid API key.' })
      expect(await failure(as('expired-1'))).toMatchObject({
        code: 'unauthorized',
        message: 'The API key has expired.',
      })
      expect(await failure(as('forbidden-1'))).toMatchObject({
        code: 'forbidden',
        status: 403,
        details: { type: 'permission_error' },
      })
    } finally {
      await guarded.close()
    }
  })

  it('session_not_found: 404 on a runtime path, for an unknown or injected session', async () => {
    expect(await failure(client().getMessages('nope'))).toMatchObject({
      code: 'session_not_found',
      status: 404,
    })
    server.runtime.inject({ kind: 'session_not_found' }, { sessionId: 's1' })
    const error = await failure(client().executeMessage('s1', { content: 'hi', correlationId: 'c1' }))
    expect(error).toMatchObject({ code: 'session_not_found', retryable: false, correlationId: 'c1' })
    expect(error.details).not.toHaveProperty('maybeExecuted')
    expect(server.runtime.executions).toHaveLength(0)
  })

  it('rate_limited: 429 with Retry-After in seconds or as an HTTP date', async () => {
    server.runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 3 })
    const seconds = await failure(client().executeMessage('s1', { content: 'hi' }))
    expect(seconds).toMatchObject({ code: 'rate_limited', status: 429, retryable: true, retryAfterMs: 3000 })
    server.runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 5, asDate: true }, { endpoint: 'status' })
    const date = await failure(client().getStatus('s1'))
    expect(date.code).toBe('rate_limited')
    expect(date.retryAfterMs).toBeGreaterThan(3000)
    expect(date.retryAfterMs).toBeLessThanOrEqual(6000)
  })

  it('content_policy: 400 with a content-policy type, never retried, nothing executed', async () => {
    server.runtime.inject({ kind: 'content_policy', reason: 'Blocked: violence.' })
    const error = await failure(client({ retry: {} }).executeMessage('s1', { content: 'hi' }))
    expect(error).toMatchObject({ code: 'content_policy', message: 'Blocked: violence.', retryable: false })
    expect(server.runtime.requestCounts.execute).toBe(1)
    expect(server.runtime.executions).toHaveLength(0)
  })

  it('timeout: an execution that timed out on the server (status timeout) is not retryable', async () => {
    server.runtime.inject({ kind: 'execution_timeout' })
    const error = await failure(client({ retry: {} }).executeMessage('s1', { content: 'hi' }))
    expect(error).toMatchObject({ code: 'timeout', retryable: false })
    expect(server.runtime.requestCounts.execute).toBe(1)
  })

  it('timeout: no answer within timeoutMs', async () => {
    server.runtime.inject({ kind: 'hang', ms: 2000 }, { endpoint: 'status' })
    const error = await failure(client({ timeoutMs: 100 }).getStatus('s1'))
    expect(error).toMatchObject({ code: 'timeout', retryable: true })
  })

  it('invalid_request: a 400 the runtime sends for a bad body', async () => {
    const error = await failure(
      client().executeMessage('s1', {
        content: 'hi',
        inputs: ['not', 'an', 'object'] as unknown as Record<string, unknown>,
      }),
    )
    expect(error).toMatchObject({ code: 'invalid_request', status: 400, retryable: false })
    expect(error.details).toMatchObject({ type: 'invalid_request_error' })
  })

  it('payload_too_large: 413', async () => {
    const error = await failure(client().executeMessage('s1', { content: 'x'.repeat(5000) }))
    expect(error).toMatchObject({
      code: 'payload_too_large',
      status: 413,
      message: 'Request body is too large.',
    })
  })

  it('server_error: 500 {detail}, 502 {error}, 503 plain text', async () => {
    for (const status of [500, 502, 503] as const) {
      server.runtime.inject({ kind: 'server_error', status }, { endpoint: 'messages' })
      const error = await failure(client().getMessages('s1'))
      expect(error).toMatchObject({ code: 'server_error', status, retryable: true })
      expect(error.message).toMatch(/error|failed|unavailable/i)
      expect(error.requestId).toEqual(expect.any(String))
    }
  })

  it('server_error: an HTML error page, with its title as message and the page in details', async () => {
    server.runtime.inject({ kind: 'html_error' }, { endpoint: 'status' })
    const error = await failure(client().getStatus('s1'))
    expect(error).toMatchObject({ code: 'server_error', status: 502, message: '502 Bad Gateway' })
    expect(error.details?.body).toContain('<title>502 Bad Gateway</title>')
  })

  it('network: a connection dropped after the execute ran is not retried and says it may have run', async () => {
    server.runtime.inject({ kind: 'drop_connection' })
    const error = await failure(
      client({ retry: {} }).executeMessage('s1', { content: 'hi', correlationId: 'c-drop' }),
    )
    expect(error).toMatchObject({
      code: 'network',
      retryable: false,
      correlationId: 'c-drop',
      details: { maybeExecuted: true },
    })
    expect(server.runtime.requestCounts.execute).toBe(1)
    expect(server.runtime.executions).toMatchObject([{ correlationId: 'c-drop' }])
  })

  it('network: a refused connection', async () => {
    const gone = await startMockRuntimeServer({ latencyMs: 0 })
    await gone.close()
    const error = await failure(createRuntimeClient({ baseUrl: gone.baseUrl, retry: false }).getStatus('s1'))
    expect(error).toMatchObject({ code: 'network', retryable: true, details: { connectionRefused: true } })
  })

  it('aborted: the caller aborts a request in flight', async () => {
    server.runtime.inject({ kind: 'hang', ms: 2000 }, { endpoint: 'messages' })
    const controller = new AbortController()
    const pending = client().getMessages('s1', {}, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect(await failure(pending)).toMatchObject({ code: 'aborted', retryable: false })
  })

  it('invalid_response: malformed JSON in a 200, with the raw body in the error event', async () => {
    server.runtime.inject({ kind: 'malformed_json' })
    const error = await failure(client().executeMessage('s1', { content: 'hi', correlationId: 'c-json' }))
    expect(error).toMatchObject({ code: 'invalid_response', retryable: false, correlationId: 'c-json' })
    const last = events.at(-1)
    expect(last).toMatchObject({
      type: 'error',
      correlationId: 'c-json',
      error: { code: 'invalid_response' },
    })
    expect(last?.type === 'error' && last.body).toMatch(/^\{"id":"s1"/)
  })
})
