// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { startMockRuntimeServer } from '../../src/testing/startMockRuntimeServer.ts'
import type { MockRuntimeServer } from '../../src/testing/types.ts'

let server: MockRuntimeServer
const url = (path: string) => `${server.baseUrl}${path}`
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  server = await startMockRuntimeServer({ latencyMs: 0, sessions: [{ id: 's1', history: 6 }] })
})
afterAll(() => server.close())

describe('startMockRuntimeServer over real HTTP', () => {
  it('listens on 127.0.0.1 on a free port and exposes origin and baseUrl', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.origin).not.toMatch(/:0$/)
    expect(server.baseUrl).toBe(`${server.origin}/api/v1`)
  })

  it('executes a message and lists it in the history', async () => {
    const response = await post('/runtime/s1/execute/', { content: 'calculate 3 * 3', correlation_id: 'h1' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toMatch(/^req_/)
    const body = (await response.json()) as {
      metadata: { correlation_id: string }
      messages: { content: string }[]
    }
    expect(body.metadata.correlation_id).toBe('h1')
    expect(body.messages[0]!.content).toContain('3 * 3 = 9')
    const page = (await (await fetch(url('/runtime/s1/messages/?limit=2&offset=6'))).json()) as {
      total: number
    }
    expect(page.total).toBe(8)
  })

  it('answers status, sessions and files requests', async () => {
    expect((await fetch(url('/runtime/s1/status'))).status).toBe(200)
    const created = (await (await post('/sessions/', { name: 'x' })).json()) as { session_id: string }
    expect((await fetch(url(`/sessions/${created.session_id}/`))).status).toBe(200)
    const fromKey = await fetch(url('/sessions/from-agent/?agent_key=demo'))
    expect(((await fromKey.json()) as { agent_key: string }).agent_key).toBe('demo')
    const form = new FormData()
    form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }))
    const uploaded = await fetch(url('/files/'), { method: 'POST', body: form })
    expect(uploaded.status).toBe(201)
    expect(((await uploaded.json()) as { original_filename: string }).original_filename).toBe('hello.txt')
  })

  it('passes error statuses, headers and bodies through', async () => {
    server.runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 4 })
    const limited = await post('/runtime/s1/execute/', { content: 'hi' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('4')
    expect(((await limited.json()) as { error: { type: string } }).error.type).toBe('rate_limit_error')
    expect((await fetch(url('/runtime/nope/status/'))).status).toBe(404)
  })

  it('adds CORS headers and answers preflights', async () => {
    const preflight = await fetch(url('/runtime/s1/execute/'), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-api-key',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-api-key')
    const simple = await fetch(url('/runtime/s1/status/'), { headers: { origin: 'http://localhost:5173' } })
    expect(simple.headers.get('access-control-expose-headers')).toContain('retry-after')
  })

  it('drop_connection really drops: fetch fails, yet the execution is in the history', async () => {
    server.runtime.inject({ kind: 'drop_connection' })
    const before = server.runtime.executions.length
    const error = await post('/runtime/s1/execute/', { content: 'dropped message' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(TypeError)
    expect(server.runtime.executions).toHaveLength(before + 1)
    expect(JSON.stringify(server.runtime.history('s1'))).toContain('> dropped message')
  })

  it('hang answers late while the history already has the reply', async () => {
    server.runtime.inject({ kind: 'hang', ms: 400 })
    const started = Date.now()
    const pending = post('/runtime/s1/execute/', { content: 'slow reply please' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const page = (await (await fetch(url('/runtime/s1/messages/?limit=1000'))).json()) as {
      messages: { content: string }[]
    }
    expect(page.messages.at(-1)!.content).toMatch(/^> slow reply please/)
    const response = await pending
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(390)
  })

  it('a client that gives up on a hang does not stop the server', async () => {
    server.runtime.inject({ kind: 'hang', ms: 5_000 })
    const aborted = await fetch(url('/runtime/s1/execute/'), {
      method: 'POST',
      body: JSON.stringify({ content: 'abandoned' }),
      signal: AbortSignal.timeout(100),
    }).catch((caught: unknown) => caught)
    expect(aborted).toMatchObject({ name: 'TimeoutError' })
    expect((await fetch(url('/runtime/s1/status/'))).status).toBe(200)
  })
})

describe('startMockRuntimeServer options', () => {
  it('serves a given runtime, checks api keys, and can turn CORS off', async () => {
    const runtime = createMockRuntime({ apiKeys: ['k1'], sessions: [{ id: 'a' }] })
    const own = await startMockRuntimeServer({ runtime, cors: false })
    try {
      expect(own.runtime).toBe(runtime)
      const denied = await fetch(`${own.baseUrl}/runtime/a/status/`, { headers: { origin: 'http://x' } })
      expect(denied.status).toBe(401)
      expect(denied.headers.get('access-control-allow-origin')).toBeNull()
      const allowed = await fetch(`${own.baseUrl}/runtime/a/status/`, { headers: { 'x-api-key': 'k1' } })
      expect(allowed.status).toBe(200)
    } finally {
      await own.close()
    }
  })

  it('close() frees the port even with a keep-alive connection open', async () => {
    const temporary = await startMockRuntimeServer({ sessions: [{ id: 'a' }] })
    await fetch(`${temporary.baseUrl}/runtime/a/status/`)
    await temporary.close()
    await expect(fetch(`${temporary.baseUrl}/runtime/a/status/`)).rejects.toBeInstanceOf(TypeError)
  })
})
