// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createRuntimeProxy, toNodeHandler } from '../../src/proxy/index.ts'
import { startMockRuntimeServer } from '../../src/testing/index.ts'
import type { MockRuntimeServer } from '../../src/testing/index.ts'
import { API_KEY } from './recordingFetch.ts'

const WIDGET = 'http://widget.example.org'
let upstream: MockRuntimeServer
let server: Server
let origin: string

beforeAll(async () => {
  upstream = await startMockRuntimeServer({ apiKeys: [API_KEY], latencyMs: 0, sessions: [{ id: 's1' }] })
  const proxy = createRuntimeProxy({
    apiKey: API_KEY,
    upstream: upstream.baseUrl,
    allowedOrigins: [WIDGET],
    bindSessions: false,
  })
  server = createServer(toNodeHandler(proxy))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => {
    server.close(resolve)
    server.closeAllConnections()
  })
  await upstream.close()
})

/** Serves `fetchUpstream` behind a proxy on a fresh port; returns its origin and a close function. */
async function serveProxy(fetchUpstream: typeof fetch) {
  const proxy = createRuntimeProxy({
    apiKey: API_KEY,
    allowedOrigins: [],
    bindSessions: false,
    fetch: fetchUpstream,
  })
  const local = createServer(toNodeHandler(proxy))
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise((resolve) => {
      local.close(resolve)
      local.closeAllConnections()
    })
  return { origin: `http://127.0.0.1:${(local.address() as AddressInfo).port}`, close }
}

/** A raw request, so the path reaches the server exactly as written (fetch would normalize it). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('toNodeHandler over real HTTP, against the reference runtime server', () => {
  it('executes a message end to end, with a streamed request body', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"content":"Hello over'))
        controller.enqueue(new TextEncoder().encode(' HTTP","correlation_id":"n-1"}'))
        controller.close()
      },
    })
    const response = await fetch(`${origin}/api/atthene/runtime/s1/execute/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: WIDGET, 'x-api-key': 'sk-from-the-page' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(WIDGET)
    expect(upstream.runtime.executions).toMatchObject([{ sessionId: 's1', correlationId: 'n-1' }])
  })

  it('refuses traversal written into the raw request line', async () => {
    for (const path of ['/api/atthene/runtime/../agent/', '/api/atthene/runtime/s1/../../agent/']) {
      const response = await raw(path)
      expect(response.status).toBe(404)
      expect(response.body).toContain('proxy_refused')
    }
    expect(upstream.runtime.requestCounts.other).toBe(0)
  })

  it('does not let a `//host` path pose as the same origin', async () => {
    const response = await raw('//evil.example/api/atthene/runtime/s1/status/', {
      origin: 'http://evil.example',
    })
    expect(response.status).toBe(403)
  })

  it('uses Express originalUrl when a router stripped the mount path from url', async () => {
    const written: { status?: number; body: string } = { body: '' }
    let ended = () => {}
    const handler = toNodeHandler(
      createRuntimeProxy({
        apiKey: API_KEY,
        basePath: '/api/atthene',
        allowedOrigins: [],
        bindSessions: false,
        fetch: () => Promise.resolve(Response.json({ ok: 1 })),
      }),
    )
    const req = {
      method: 'GET',
      url: '/runtime/s1/status/',
      originalUrl: '/api/atthene/runtime/s1/status/',
      headers: { host: 'app.example.com' },
      on: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    }
    const res = {
      statusCode: 0,
      setHeader: () => undefined,
      write: (chunk: Uint8Array) => ((written.body += new TextDecoder().decode(chunk)), true),
      end: (chunk?: string) => {
        written.body += chunk ?? ''
        written.status = res.statusCode
        ended()
      },
      once: () => undefined,
      removeListener: () => undefined,
    }
    const done = new Promise<void>((resolve) => (ended = resolve))
    handler(req, res)
    await done
    expect(written).toEqual({ status: 200, body: '{"ok":1}' })
  })

  it('streams a large response back, waiting for the socket to drain', async () => {
    const size = 6 * 1024 * 1024
    const chunk = new Uint8Array(64 * 1024).fill(97)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":"'))
      },
      pull(controller) {
        if (sent === size) {
          controller.enqueue(new TextEncoder().encode('"}'))
          return controller.close()
        }
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const json = { 'content-type': 'application/json' }
    const local = await serveProxy(() => Promise.resolve(new Response(body, { headers: json })))
    const response = await fetch(`${local.origin}/runtime/s1/messages/`)
    expect((await response.arrayBuffer()).byteLength).toBe(size + 8)
    await local.close()
  })

  it('aborts the upstream request when the browser disconnects', async () => {
    let upstreamAborted = false
    const local = await serveProxy(
      (_input, init) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => {
            upstreamAborted = true
            reject(new DOMException('aborted', 'AbortError'))
          }),
        ),
    )
    const browser = new AbortController()
    const request = fetch(`${local.origin}/runtime/s1/execute/`, {
      method: 'POST',
      body: '{}',
      signal: browser.signal,
    })
    setTimeout(() => browser.abort(), 50)
    await expect(request).rejects.toThrow()
    await vi.waitFor(() => expect(upstreamAborted).toBe(true))
    await local.close()
  })
})
