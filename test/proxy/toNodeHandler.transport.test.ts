// @vitest-environment node
import { createServer } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listen, rawRequest, requestHead, SECRET_KEY, startProxy } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** An upstream that records, per request, the client port it came from and the body it carried. */
async function portLoggingUpstream() {
  const seen: { port: number; method: string; length?: string; body: string }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const length = req.headers['content-length']
      seen.push({ port: req.socket.remotePort ?? 0, method: req.method ?? '', length, body })
      res.setHeader('content-type', 'application/json')
      res.end('{"ok":true}')
    })
  })
  const { port, close } = await listen(server)
  closers.push(close)
  return { seen, baseUrl: `http://127.0.0.1:${port}/api/v1` }
}

const STATUS = requestHead('GET', '/api/v1/runtime/s1/status/')
const EXECUTE_BODY = '{"message":"Where is my order?"}'
const EXECUTE = requestHead('POST', '/api/v1/runtime/s1/execute/', {
  'content-type': 'application/json',
  'content-length': EXECUTE_BODY.length,
})

describe('toNodeHandler: the node:http transport', () => {
  it('keeps upstream connections alive across requests, without the global fetch', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const upstream = await portLoggingUpstream()
    const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false })
    closers.push(proxy.close)
    for (let round = 0; round < 3; round++) {
      expect((await rawRequest(proxy.port, STATUS)).status).toBe(200)
    }
    expect((await rawRequest(proxy.port, EXECUTE, [EXECUTE_BODY])).status).toBe(200)
    expect(upstream.seen).toHaveLength(4)
    expect(new Set(upstream.seen.map((request) => request.port)).size).toBe(1)
    expect(upstream.seen[3]).toMatchObject({
      method: 'POST',
      length: String(EXECUTE_BODY.length),
      body: EXECUTE_BODY,
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it("uses the integrator's fetch when one is given", async () => {
    const upstream = await portLoggingUpstream()
    const given = vi.fn<typeof fetch>((input, init) => fetch(input, init))
    const proxy = await startProxy({
      apiKey: SECRET_KEY,
      upstream: upstream.baseUrl,
      bindSessions: false,
      fetch: given,
    })
    closers.push(proxy.close)
    expect((await rawRequest(proxy.port, STATUS)).status).toBe(200)
    expect(given).toHaveBeenCalledTimes(1)
    expect(upstream.seen).toHaveLength(1)
  })

  it('closes the upstream request when the browser disconnects', async () => {
    let upstreamClosed = false
    const server = createServer((req) => req.on('close', () => (upstreamClosed = true)))
    const { port, close } = await listen(server)
    closers.push(close)
    const baseUrl = `http://127.0.0.1:${port}/api/v1`
    const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: baseUrl, bindSessions: false })
    closers.push(proxy.close)
    const response = await rawRequest(proxy.port, STATUS, [], 200)
    expect(response.status).toBe(0)
    await vi.waitFor(() => expect(upstreamClosed).toBe(true))
  })
})
