// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { BASE, call, execute } from './helpers.ts'

const quick = () => createMockRuntime({ latencyMs: 0, sessions: [{ id: 's1' }] })

describe('routing', () => {
  it('accepts any prefix ending in /api/v1, with or without the trailing slash', async () => {
    const runtime = quick()
    for (const url of [
      'http://x/api/v1/runtime/s1/status/',
      'http://x/proxy/deep/api/v1/runtime/s1/status',
      'https://api-be.atthene.com/api/v1/runtime/s1/status/',
    ]) {
      const response = await runtime.handle(new Request(url))
      expect(response.status, url).toBe(200)
    }
  })

  it('answers 404 with {detail} for unknown paths and paths without /api/v1', async () => {
    const runtime = quick()
    expect((await call(runtime, 'GET', '/nothing/here/')).body).toEqual({ detail: 'Not found.' })
    const response = await runtime.handle(new Request('http://x/runtime/s1/status/'))
    expect(response.status).toBe(404)
    expect(runtime.requestCounts.other).toBe(2)
  })

  it('answers 405 with an Allow header for a wrong method', async () => {
    const answer = await call(quick(), 'GET', '/runtime/s1/execute/')
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toContain('POST')
    expect(answer.body.detail).toMatch(/GET/)
  })

  it('answers OPTIONS with 204 without checking the key', async () => {
    const runtime = createMockRuntime({ apiKeys: ['k'], sessions: [{ id: 's1' }] })
    expect((await call(runtime, 'OPTIONS', '/runtime/s1/execute/')).status).toBe(204)
  })

  it('puts an x-request-id on every response, different each time', async () => {
    const runtime = quick()
    const first = await call(runtime, 'GET', '/runtime/s1/status/')
    const second = await call(runtime, 'GET', '/nope/')
    expect(first.headers.get('x-request-id')).toMatch(/^req_/)
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
  })
})

describe('api keys', () => {
  const runtime = createMockRuntime({ apiKeys: ['good-key'], latencyMs: 0, sessions: [{ id: 's1' }] })

  it.each([
    ['no key', {}, 401, 'authentication_error', /not provided/],
    ['a wrong key', { 'x-api-key': 'bad' }, 401, 'authentication_error', /Invalid/],
    ['an expired key', { 'x-api-key': 'expired-1' }, 401, 'authentication_error', /expired/],
    ['a forbidden key', { 'x-api-key': 'forbidden-1' }, 403, 'permission_error', /permission/],
  ])('rejects %s in the documented envelope', async (_, headers, status, type, message) => {
    const answer = await call(runtime, 'GET', '/runtime/s1/status/', undefined, headers)
    expect(answer.status).toBe(status)
    expect(answer.body.error.type).toBe(type)
    expect(answer.body.error.message).toMatch(message)
  })

  it('accepts a listed key', async () => {
    expect(
      (await call(runtime, 'GET', '/runtime/s1/status/', undefined, { 'x-api-key': 'good-key' })).status,
    ).toBe(200)
  })

  it('accepts anything when no keys are configured', async () => {
    expect(
      (await call(quick(), 'GET', '/runtime/s1/status/', undefined, { 'x-api-key': 'forbidden-x' })).status,
    ).toBe(200)
  })
})

describe('runtime endpoints', () => {
  it('GET status reads active, with counts and ISO times', async () => {
    const now = Date.parse('2025-01-15T10:30:00Z')
    const runtime = createMockRuntime({ now: () => now, sessions: [{ id: 's1', history: 4 }] })
    const { body } = await call(runtime, 'GET', '/runtime/s1/status/')
    expect(body).toEqual({
      session_id: 's1',
      status: 'active',
      message_count: 4,
      last_activity: '2025-01-15T10:30:00.000Z',
      created_at: '2025-01-15T10:28:00.000Z',
      health: 'healthy',
    })
  })

  it.each(['execute', 'messages', 'status'])(
    'answers 404 {detail} on %s of an unknown session',
    async (path) => {
      const runtime = quick()
      const method = path === 'execute' ? 'POST' : 'GET'
      const answer = await call(
        runtime,
        method,
        `/runtime/nope/${path}/`,
        path === 'execute' ? { content: 'hi' } : undefined,
      )
      expect(answer.status).toBe(404)
      expect(answer.body).toEqual({ detail: 'Session not found.' })
      expect(runtime.executions).toHaveLength(0)
    },
  )

  it('creates unknown sessions on first use with autoCreateSessions', async () => {
    const runtime = createMockRuntime({ latencyMs: 0, autoCreateSessions: true })
    expect((await execute(runtime, 'fresh', { content: 'hi' })).status).toBe(200)
    expect(runtime.history('fresh')).toHaveLength(2)
  })

  it.each([
    ['a missing content', { correlation_id: 'c' }],
    ['an empty string', { content: '' }],
    ['a blank string', { content: '   ' }],
    ['an empty array', { content: [] }],
    ['a number', { content: 42 }],
    ['a block of unknown type', { content: [{ type: 'audio', url: 'x' }] }],
    [
      'an image without an https or data URL',
      { content: [{ type: 'image_url', image_url: { url: 'javascript:1' } }] },
    ],
    ['a numeric correlation id', { content: 'hi', correlation_id: 7 }],
    ['array inputs', { content: 'hi', inputs: [1] }],
    ['a body that is not JSON', '{"content":'],
    ['a body that is an array', [{ content: 'hi' }]],
  ])('rejects an execute with %s: 400 invalid_request_error, nothing executed', async (_, body) => {
    const runtime = quick()
    const answer = await execute(runtime, 's1', body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.type).toBe('invalid_request_error')
    expect(runtime.executions).toHaveLength(0)
    expect(runtime.history('s1')).toHaveLength(0)
  })

  it('answers 413 {detail} for a body over maxBodyBytes', async () => {
    const runtime = createMockRuntime({ latencyMs: 0, maxBodyBytes: 100, sessions: [{ id: 's1' }] })
    const answer = await execute(runtime, 's1', { content: 'x'.repeat(200) })
    expect(answer.status).toBe(413)
    expect(answer.body.detail).toMatch(/too large/)
    expect(runtime.executions).toHaveLength(0)
  })

  it('counts requests by endpoint', async () => {
    const runtime = quick()
    await call(runtime, 'GET', '/runtime/s1/status/')
    await call(runtime, 'GET', '/runtime/s1/status/')
    await call(runtime, 'GET', '/runtime/s1/messages/')
    await execute(runtime, 's1', { content: 'hi' })
    await call(runtime, 'GET', '/sessions/s1/')
    expect(runtime.requestCounts).toEqual({
      execute: 1,
      messages: 1,
      status: 2,
      sessions: 1,
      files: 0,
      other: 0,
    })
  })
})

describe('sessions endpoints', () => {
  it('POST /sessions/ creates a session from an inline config', async () => {
    const runtime = quick()
    const answer = await call(runtime, 'POST', '/sessions/', { name: 'support', agent_type: 'llm_agent' })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({
      success: true,
      session_id: expect.any(String),
      config_hash: expect.any(String),
    })
    const fetched = await call(runtime, 'GET', `/sessions/${answer.body.session_id}/`)
    expect(fetched.body).toMatchObject({ status: 'active', agent_config: { name: 'support' } })
    expect(fetched.body.config_hash).toBe(answer.body.config_hash)
  })

  it('POST /sessions/ rejects a body that is not a config object', async () => {
    expect((await call(quick(), 'POST', '/sessions/', '[1]')).status).toBe(400)
    expect((await call(quick(), 'POST', '/sessions/', 'name: yaml')).status).toBe(400)
  })

  it('GET /sessions/from-agent/?agent_key= creates a usable session', async () => {
    const runtime = quick()
    const answer = await call(runtime, 'GET', '/sessions/from-agent/?agent_key=support_agent')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ agent_key: 'support_agent', created_at: expect.stringMatching(/Z$/) })
    expect((await execute(runtime, answer.body.session_id, { content: 'hi' })).status).toBe(200)
    expect((await call(runtime, 'GET', '/sessions/from-agent/')).status).toBe(400)
  })

  it('POST /sessions/from-agent/{uuid}/ creates a session', async () => {
    const answer = await call(quick(), 'POST', '/sessions/from-agent/820d6859-1111-2222-3333-444455556666/')
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ success: true, agent_id: '820d6859-1111-2222-3333-444455556666' })
  })

  it('GET /sessions/{id}/ is a 404 {detail} for an unknown session', async () => {
    expect((await call(quick(), 'GET', '/sessions/nope/')).body).toEqual({ detail: 'Not found.' })
  })

  it('createSession and deleteSession control what exists', async () => {
    const runtime = quick()
    const id = runtime.createSession()
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(runtime.createSession('mine')).toBe('mine')
    runtime.deleteSession('mine')
    expect((await call(runtime, 'GET', '/runtime/mine/status/')).status).toBe(404)
  })
})

describe('files endpoint', () => {
  it('POST /files/ stores a multipart upload and answers the documented file object', async () => {
    const runtime = quick()
    const form = new FormData()
    form.append('file', new File(['%PDF-1.4 hello'], 'report.pdf', { type: 'application/pdf' }))
    form.append('tags', 'a, b')
    const response = await runtime.handle(new Request(`${BASE}/files/`, { method: 'POST', body: form }))
    const file = (await response.json()) as Record<string, unknown>
    expect(response.status).toBe(201)
    expect(file).toMatchObject({
      original_filename: 'report.pdf',
      file_type: 'document',
      size_bytes: 14,
      status: 'uploading',
      tags: ['a', 'b'],
    })
    expect((await call(runtime, 'GET', `/files/${String(file.id)}/`)).body.status).toBe('active')
    const reply = await execute(runtime, 's1', { content: [{ type: 'file', file_id: file.id }] })
    expect(reply.body.messages[0].content).toContain('I received 1 file (report.pdf)')
  })

  it('rejects an upload without a file, or with an empty one', async () => {
    const runtime = quick()
    const empty = new FormData()
    empty.append('file', new File([], 'empty.txt'))
    const none = new FormData()
    none.append('tags', 'x')
    for (const body of [empty, none]) {
      const response = await runtime.handle(new Request(`${BASE}/files/`, { method: 'POST', body }))
      expect(response.status).toBe(400)
    }
  })
})
