// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { createRuntimeProxy } from '../../src/proxy/index.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import type { MockRuntime } from '../../src/testing/index.ts'
import { API_KEY, APP } from './recordingFetch.ts'

const WIDGET = 'https://widget.example.org'
const UPSTREAM = 'http://runtime.test/api/v1'

let runtime: MockRuntime
beforeEach(() => {
  runtime = createMockRuntime({ apiKeys: [API_KEY], latencyMs: 0, sessions: [{ id: 's1' }] })
})

function proxyTo(options: Partial<Parameters<typeof createRuntimeProxy>[0]> = {}) {
  const handler = createRuntimeProxy({
    apiKey: API_KEY,
    upstream: UPSTREAM,
    allowedOrigins: [WIDGET],
    bindSessions: false,
    fetch: runtime.fetch,
    ...options,
  })
  return (path: string, init?: RequestInit) =>
    handler(
      new Request(`${APP}/api/atthene${path}`, { ...init, headers: { origin: WIDGET, ...init?.headers } }),
    )
}

const execute = (content: string, correlationId: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-api-key': 'sk-from-the-page' },
  body: JSON.stringify({ content, correlation_id: correlationId }),
})

describe('createRuntimeProxy against the reference runtime (key checking on)', () => {
  it('the runtime refuses a request without the key, so the proxy must be adding it', async () => {
    const direct = await runtime.handle(new Request(`${UPSTREAM}/runtime/s1/status/`))
    expect(direct.status).toBe(401)
  })

  it('executes a message, then reads it back in the history and the status', async () => {
    const send = proxyTo()
    const response = await send('/runtime/s1/execute/', execute('Hello through the proxy', 'c-1'))
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(WIDGET)
    expect(response.headers.get('x-request-id')).toMatch(/\S/)
    const result = (await response.json()) as { messages: { role: string }[] }
    expect(result.messages.at(-1)?.role).toBe('assistant')
    expect(runtime.executions).toMatchObject([{ sessionId: 's1', correlationId: 'c-1' }])

    const history = await send('/runtime/s1/messages/?limit=10&offset=0&secret=1')
    expect(history.status).toBe(200)
    expect(JSON.stringify(await history.json())).toContain('Hello through the proxy')

    const status = await send('/runtime/s1/status/')
    expect(await status.json()).toMatchObject({ session_id: 's1' })
  })

  it('passes the runtime 401 through (without the key) when the proxy holds a wrong key', async () => {
    const send = proxyTo({ apiKey: 'sk-wrong-key' })
    const response = await send('/runtime/s1/execute/', execute('hi', 'c-2'))
    expect(response.status).toBe(401)
    const text = await response.text()
    expect(text).toContain('authentication_error')
    expect(text).not.toContain('sk-wrong-key')
    expect(runtime.executions).toHaveLength(0)
  })

  it('passes 429 and Retry-After through', async () => {
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 12 })
    const response = await proxyTo()('/runtime/s1/execute/', execute('hi', 'c-3'))
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('12')
    expect(response.headers.get('access-control-expose-headers')).toMatch(/retry-after/)
    expect(runtime.executions).toHaveLength(0)
  })

  it('passes 404 for an unknown session through', async () => {
    const response = await proxyTo()('/runtime/nope/status/')
    expect(response.status).toBe(404)
  })

  it('creates a session only when allowSessionCreation is on', async () => {
    const create = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"a"}' }
    const refused = await proxyTo()('/sessions/', create)
    expect(refused.status).toBe(403)
    expect(runtime.requestCounts.sessions).toBe(0)

    const created = await proxyTo({ allowSessionCreation: true })('/sessions/', create)
    expect(created.status).toBe(201)
    const { session_id } = (await created.json()) as { session_id: string }
    const session = await proxyTo()(`/sessions/${session_id}/`)
    expect(session.status).toBe(200)
  })
})
