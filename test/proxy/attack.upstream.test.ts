// @vitest-environment node
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { LoggedRequest } from './httpHarness.ts'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** Both transports: toNodeHandler's own (node:http) and the fetch one an integrator's `fetch` selects. */
const TRANSPORTS = [
  { transport: 'node:http', fetch: undefined },
  { transport: 'fetch', fetch: ((input, init) => fetch(input, init)) satisfies typeof fetch },
] as const

async function proxyTo(
  respond: (request: LoggedRequest, res: ServerResponse) => void,
  options: { timeoutMs?: number; idleTimeoutMs?: number; fetch?: typeof fetch | undefined } = {},
) {
  const upstream = await startUpstream(respond)
  const proxy = await startProxy({
    apiKey: SECRET_KEY,
    upstream: upstream.baseUrl,
    bindSessions: false,
    ...options,
  })
  closers.push(upstream.close, proxy.close)
  return proxy
}

const STATUS = requestHead('GET', '/api/v1/runtime/s1/status/')

describe.each(TRANSPORTS)('finding 2: upstream bodies are capped and timed ($transport)', (transport) => {
  it('answers 502 for an error body over its cap, without holding it', async () => {
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.write('{"error":{"message":"')
      const chunk = 'x'.repeat(64 * 1024)
      let sent = 0
      const pump = () => {
        while (sent < 40 * 1024 * 1024) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end('"}}')
      }
      pump()
    }, transport)
    const response = await rawRequest(proxy.port, STATUS, [], 5000)
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'upstream_invalid_response' } })
  })

  it('answers 504 when an error body stalls after its headers (the deadline covers the whole response)', async () => {
    const proxy = await proxyTo(
      (_request, res) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.write('{"error":')
      },
      { timeoutMs: 600, fetch: transport.fetch },
    )
    const response = await rawRequest(proxy.port, STATUS, [], 3000)
    expect(response.status).toBe(504)
    expect(response.elapsedMs).toBeLessThan(2000)
  })

  it('answers 504 when a success body stalls longer than the idle limit', async () => {
    const proxy = await proxyTo(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"messages":[')
      },
      { idleTimeoutMs: 400, fetch: transport.fetch },
    )
    const response = await rawRequest(proxy.port, STATUS, [], 3000)
    expect(response.status).toBe(504)
    expect(response.elapsedMs).toBeLessThan(2000)
  })

  it('answers 502 at once when the upstream cuts a body off (no wait for the idle limit)', async () => {
    const proxy = await proxyTo(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
        res.write('{"messages":[', () => setTimeout(() => res.socket?.destroy(), 50))
      },
      { idleTimeoutMs: 10_000, fetch: transport.fetch },
    )
    const response = await rawRequest(proxy.port, STATUS, [], 8000)
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'upstream_unreachable' } })
    expect(response.elapsedMs).toBeLessThan(5000)
  })

  it('still passes a small JSON error through with its status', async () => {
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"error":{"type":"not_found","message":"no such session"}}')
    }, transport)
    const response = await rawRequest(proxy.port, STATUS)
    expect(response.status).toBe(404)
    expect(JSON.parse(response.body)).toEqual({ error: { type: 'not_found', message: 'no such session' } })
  })
})

describe.each(TRANSPORTS)('upstream answers the proxy does not pass on ($transport)', (transport) => {
  it('does not follow a redirect (it would carry the key): 502', async () => {
    const target = await startUpstream()
    closers.push(target.close)
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(302, { location: `${target.baseUrl}/runtime/s1/status/` })
      res.end()
    }, transport)
    const response = await rawRequest(proxy.port, STATUS)
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'upstream_unreachable' } })
    expect(target.log).toEqual([])
  })

  it('answers 502 for a success body announced over its cap, before reading it', async () => {
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(9 * 1024 * 1024) })
      res.write('{"messages":[')
    }, transport)
    const response = await rawRequest(proxy.port, STATUS, [], 3000)
    expect(response.status).toBe(502)
    expect(response.elapsedMs).toBeLessThan(2000)
  })

  it('answers 502 when the upstream cannot be reached', async () => {
    const gone = await startUpstream()
    await gone.close()
    const proxy = await startProxy({
      apiKey: SECRET_KEY,
      upstream: gone.baseUrl,
      bindSessions: false,
      ...transport,
    })
    closers.push(proxy.close)
    const response = await rawRequest(proxy.port, STATUS)
    expect(response.status).toBe(502)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'upstream_unreachable' } })
  })
})
