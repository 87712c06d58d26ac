// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

describe('finding 6: the small things', () => {
  it('answers 413, received by the client, to an oversized chunked body', async () => {
    const upstream = await startUpstream()
    const proxy = await startProxy({
      apiKey: SECRET_KEY,
      upstream: upstream.baseUrl,
      bindSessions: false,
      maxBodyBytes: 1000,
    })
    closers.push(upstream.close, proxy.close)
    // A client that goes on sending: the refusal must reach it rather than a reset connection.
    const chunk = 'x'.repeat(32 * 1024)
    const body = Array.from({ length: 64 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    const head = requestHead('POST', '/api/v1/runtime/s1/execute/', { 'transfer-encoding': 'chunked' })
    const response = await rawRequest(proxy.port, head, body, 3000)
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'payload_too_large' } })
    expect(upstream.log).toHaveLength(0)
  })

  it('answers TRACE with 405 (a fetch Request cannot carry it)', async () => {
    const proxy = await startProxy({ apiKey: SECRET_KEY })
    closers.push(proxy.close)
    for (const method of ['TRACE']) {
      const response = await rawRequest(proxy.port, requestHead(method, '/api/v1/runtime/s1/status/'))
      expect(response.status).toBe(405)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('never serves an upstream HTML page: a 404 text/html becomes a JSON 502 with nosniff', async () => {
    const upstream = await startUpstream((_request, res) => {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<script>alert(document.cookie)</script>')
    })
    const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false })
    closers.push(upstream.close, proxy.close)
    const response = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/'))
    expect(response.status).toBe(502)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.body).not.toContain('<script>')
  })

  it('puts nosniff on success, refusal and preflight responses', async () => {
    const upstream = await startUpstream()
    const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false })
    closers.push(upstream.close, proxy.close)
    const heads = [
      requestHead('GET', '/api/v1/runtime/s1/status/'),
      requestHead('GET', '/api/v1/agent/'),
      requestHead('OPTIONS', '/api/v1/runtime/s1/status/'),
    ]
    for (const head of heads) {
      expect((await rawRequest(proxy.port, head)).headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('does not take a word for a session id: /sessions/agents is not forwarded', async () => {
    const upstream = await startUpstream()
    const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false })
    closers.push(upstream.close, proxy.close)
    for (const word of ['agents', 'active', 'stats']) {
      expect((await rawRequest(proxy.port, requestHead('GET', `/api/v1/sessions/${word}/`))).status).toBe(404)
    }
    expect(upstream.log).toHaveLength(0)
    expect((await rawRequest(proxy.port, requestHead('GET', '/api/v1/sessions/sess_42/'))).status).toBe(200)
  })
})
