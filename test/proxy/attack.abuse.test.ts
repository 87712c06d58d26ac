// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { startMockRuntimeServer, type MockRuntimeServer } from '../../src/testing/index.ts'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** The proxy in front of the reference runtime, with session creation on and the default binding. */
async function proxyToRuntime(
  options: Parameters<typeof startProxy>[0] extends infer O ? Partial<O> : never = {},
) {
  const runtime: MockRuntimeServer = await startMockRuntimeServer({
    apiKeys: [SECRET_KEY],
    latencyMs: 0,
    sessions: [{ id: 'someone-elses-1' }],
  })
  const proxy = await startProxy({
    apiKey: SECRET_KEY,
    upstream: runtime.baseUrl,
    allowSessionCreation: true,
    ...options,
  })
  closers.push(() => runtime.close(), proxy.close)
  return { runtime, proxy }
}

const executeHead = (sessionId: string, body: string, headers: Record<string, string> = {}) =>
  requestHead('POST', `/api/v1/runtime/${sessionId}/execute/`, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  })
const message = JSON.stringify({ content: 'hello', correlation_id: 'c-1' })

describe('finding 5: sessions belong to the visitor who created them', () => {
  it('refuses with 404 to execute in or read a session the caller did not create', async () => {
    const { runtime, proxy } = await proxyToRuntime()
    const execute = await rawRequest(proxy.port, executeHead('someone-elses-1', message), [message])
    expect(execute.status).toBe(404)
    expect(JSON.parse(execute.body)).toMatchObject({ error: { type: 'session_not_found' } })
    const read = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/someone-elses-1/messages/'))
    expect(read.status).toBe(404)
    expect(runtime.runtime.executions).toHaveLength(0)
  })

  it('binds a created session to an HttpOnly signed cookie that opens it, and only it, again after a reload', async () => {
    const { runtime, proxy } = await proxyToRuntime()
    const created = await rawRequest(
      proxy.port,
      requestHead('GET', '/api/v1/sessions/from-agent/?agent_key=demo'),
    )
    expect(created.status).toBe(200)
    const sessionId = (JSON.parse(created.body) as { session_id: string }).session_id
    const setCookie = created.headers['set-cookie'] ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/Max-Age=\d{7,}/)
    const cookie = setCookie.split(';')[0]!

    // A reload: a new connection that carries only the cookie (the widget keeps the session id in localStorage).
    const again = await rawRequest(proxy.port, executeHead(sessionId, message, { cookie }), [message])
    expect(again.status).toBe(200)
    expect(runtime.runtime.executions).toHaveLength(1)
    const history = await rawRequest(
      proxy.port,
      requestHead('GET', `/api/v1/runtime/${sessionId}/messages/`, { cookie }),
    )
    expect(history.status).toBe(200)

    const withoutCookie = await rawRequest(proxy.port, executeHead(sessionId, message), [message])
    expect(withoutCookie.status).toBe(404)
    const forged = cookie.replace(
      /=([\w-]+)\./,
      `=${Buffer.from(`${sessionId} someone-elses-1`).toString('base64url')}.`,
    )
    const withForged = await rawRequest(
      proxy.port,
      requestHead('GET', '/api/v1/runtime/someone-elses-1/messages/', { cookie: forged }),
    )
    expect(withForged.status).toBe(404)
  })

  it('remembers only verified cookies: once a good one is cached, tampered ones are still refused', async () => {
    const { proxy } = await proxyToRuntime()
    const created = await rawRequest(
      proxy.port,
      requestHead('GET', '/api/v1/sessions/from-agent/?agent_key=demo'),
    )
    const cookie = (created.headers['set-cookie'] ?? '').split(';')[0]!
    const read = (id: string, value: string) =>
      rawRequest(proxy.port, requestHead('GET', `/api/v1/runtime/${id}/messages/`, { cookie: value }))
    const sessionId = (JSON.parse(created.body) as { session_id: string }).session_id
    for (let round = 0; round < 3; round++) expect((await read(sessionId, cookie)).status).toBe(200)

    const [payload = '', signature = ''] = cookie.split('=')[1]!.split('.')
    const otherPayload = Buffer.from(`${sessionId} someone-elses-1`).toString('base64url')
    // The first character: the last one carries two padding bits that decoding ignores.
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect((await read('someone-elses-1', `atthene_sessions=${otherPayload}.${signature}`)).status).toBe(404)
    expect((await read(sessionId, `atthene_sessions=${payload}.${flipped}`)).status).toBe(404)
    expect((await read(sessionId, `atthene_sessions=${payload}.${signature}x`)).status).toBe(404)
    expect((await read(sessionId, cookie)).status).toBe(200)
  })

  it('lets the integrator allow an unbound session through authorize, which sees route.owned', async () => {
    const seen: (boolean | undefined)[] = []
    const { proxy } = await proxyToRuntime({
      authorize: (_request, route) => {
        seen.push(route.owned)
        return route.sessionId === 'someone-elses-1'
      },
    })
    const read = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/someone-elses-1/status/'))
    expect(read.status).toBe(200)
    expect(seen).toEqual([false])
  })
})

describe('finding 5: per-visitor rate limits', () => {
  it('answers 429 with Retry-After over the requests per minute, per visitor', async () => {
    const upstream = await startUpstream()
    const proxy = await startProxy({
      apiKey: SECRET_KEY,
      upstream: upstream.baseUrl,
      bindSessions: false,
      rateLimit: {
        requestsPerMinute: 3,
        visitor: (request) => request.headers.get('x-test-visitor') ?? undefined,
      },
    })
    closers.push(upstream.close, proxy.close)
    const status = (visitor: string) =>
      rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/', { 'x-test-visitor': visitor }))
    for (let index = 0; index < 3; index++) expect((await status('a')).status).toBe(200)
    const limited = await status('a')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60)
    expect(JSON.parse(limited.body)).toMatchObject({ error: { type: 'rate_limited' } })
    expect((await status('b')).status).toBe(200)
    expect(upstream.log).toHaveLength(4)
  })

  it('behind trustedProxies, limits by the address the nearest proxy appended, whatever the client prepended', async () => {
    const upstream = await startUpstream()
    const options = { apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false }
    const trusting = await startProxy(
      { ...options, rateLimit: { requestsPerMinute: 2 } },
      { trustedProxies: 1 },
    )
    const direct = await startProxy({ ...options, rateLimit: { requestsPerMinute: 2 } })
    closers.push(upstream.close, trusting.close, direct.close)
    const status = (port: number, forwardedFor: string) =>
      rawRequest(
        port,
        requestHead('GET', '/api/v1/runtime/s1/status/', { 'x-forwarded-for': forwardedFor }),
      ).then((response) => response.status)

    expect(await status(trusting.port, '203.0.113.7')).toBe(200)
    expect(await status(trusting.port, '203.0.113.7')).toBe(200)
    // A client that forges entries of its own still lands in its own bucket: the balancer appended its address last.
    expect(await status(trusting.port, '198.51.100.1, 203.0.113.7')).toBe(429)
    expect(await status(trusting.port, '203.0.113.8')).toBe(200)
    // Without trustedProxies the header is not believed: every request is the socket's (127.0.0.1).
    expect(await status(direct.port, '203.0.113.7')).toBe(200)
    expect(await status(direct.port, '203.0.113.8')).toBe(200)
    expect(await status(direct.port, '203.0.113.9')).toBe(429)
  })

  it('limits by the socket address by default, and counts body bytes and executes per day', async () => {
    const upstream = await startUpstream()
    const proxy = await startProxy({
      apiKey: SECRET_KEY,
      upstream: upstream.baseUrl,
      bindSessions: false,
      rateLimit: { bytesPerMinute: 5000, executesPerDay: 2 },
    })
    closers.push(upstream.close, proxy.close)
    const big = 'x'.repeat(3000)
    expect((await rawRequest(proxy.port, executeHead('s1', big), [big])).status).toBe(200)
    const overBytes = await rawRequest(proxy.port, executeHead('s1', big), [big])
    expect(overBytes.status).toBe(429)
    expect(overBytes.body).toMatch(/bytes/)
    // The day's executes: the first (200) and the refused one count; the third is over.
    const overDay = await rawRequest(proxy.port, executeHead('s1', '{}'), ['{}'])
    expect(overDay.status).toBe(429)
    expect(Number(overDay.headers['retry-after'])).toBeGreaterThan(60)
    expect(upstream.log).toHaveLength(1)
  })
})
