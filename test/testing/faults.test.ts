// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it } from 'vitest'
import { ConnectionDroppedError } from '../../src/testing/ConnectionDroppedError.ts'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import type { Fault } from '../../src/testing/types.ts'
import { BASE, call, execute } from './helpers.ts'

const NOW = Date.parse('2025-01-15T10:30:00Z')
const make = () => createMockRuntime({ latencyMs: 0, now: () => NOW, sessions: [{ id: 's1' }, { id: 's2' }] })

describe('faults answered before anything runs', () => {
  it.each<[string, Fault, number, (answer: Awaited<ReturnType<typeof call>>) => void]>([
    [
      'rate_limit',
      { kind: 'rate_limit', retryAfterSeconds: 7 },
      429,
      (a) => {
        expect(a.headers.get('retry-after')).toBe('7')
        expect(a.body.error.type).toBe('rate_limit_error')
      },
    ],
    [
      'rate_limit as a date',
      { kind: 'rate_limit', retryAfterSeconds: 5, asDate: true },
      429,
      (a) => {
        expect(a.headers.get('retry-after')).toBe('Wed, 15 Jan 2025 10:30:05 GMT')
      },
    ],
    [
      'server_error 500',
      { kind: 'server_error' },
      500,
      (a) => expect(a.body).toEqual({ detail: 'A server error occurred.' }),
    ],
    [
      'server_error 502',
      { kind: 'server_error', status: 502 },
      502,
      (a) => expect(a.body.error.type).toBe('api_error'),
    ],
    [
      'server_error 503',
      { kind: 'server_error', status: 503, retryAfterSeconds: 2 },
      503,
      (a) => {
        expect(a.body).toBeUndefined()
        expect(a.text).toMatch(/unavailable/)
        expect(a.headers.get('retry-after')).toBe('2')
      },
    ],
    [
      'content_policy',
      { kind: 'content_policy', reason: 'No.' },
      400,
      (a) => {
        expect(a.body).toEqual({ error: { type: 'content_policy_violation', message: 'No.' } })
      },
    ],
    [
      'html_error',
      { kind: 'html_error' },
      502,
      (a) => {
        expect(a.headers.get('content-type')).toMatch(/text\/html/)
        expect(a.text).toMatch(/<h1>502 Bad Gateway<\/h1>/)
      },
    ],
  ])('%s: answers %i and executes nothing', async (_, fault, status, check) => {
    const runtime = make()
    runtime.inject(fault)
    const answer = await execute(runtime, 's1', { content: 'hi' })
    expect(answer.status).toBe(status)
    check(answer)
    expect(runtime.executions).toHaveLength(0)
    expect(runtime.history('s1')).toHaveLength(0)
    expect((await execute(runtime, 's1', { content: 'hi' })).status).toBe(200)
  })

  it('session_not_found: 404, and the session stays gone', async () => {
    const runtime = make()
    runtime.inject({ kind: 'session_not_found' })
    expect((await execute(runtime, 's1', { content: 'hi' })).status).toBe(404)
    expect((await call(runtime, 'GET', '/runtime/s1/status/')).status).toBe(404)
    expect((await execute(runtime, 's2', { content: 'hi' })).status).toBe(200)
  })
})

describe('faults on an execution that runs', () => {
  it('tool_failure: 200 with a failed tool call, recorded', async () => {
    const runtime = make()
    runtime.inject({ kind: 'tool_failure', tool: 'calculator' })
    const { status, body } = await execute(runtime, 's1', { content: 'calculate 1 + 1' })
    expect(status).toBe(200)
    expect(body.messages[0].tool_calls[0]).toMatchObject({
      name: 'calculator',
      status: 'failed',
      error: expect.any(String),
    })
    expect(body.messages[0].content).toMatch(/failed/)
    expect(runtime.executions).toHaveLength(1)
  })

  it('tool_failure without a tool in the message adds a failing web_search', async () => {
    const runtime = make()
    runtime.inject({ kind: 'tool_failure' })
    const { body } = await execute(runtime, 's1', { content: 'hi' })
    expect(body.messages[0].tool_calls[0]).toMatchObject({ name: 'web_search', status: 'failed' })
  })

  it('execution_timeout: 200 with status timeout, no reply, the user message kept', async () => {
    const runtime = make()
    runtime.inject({ kind: 'execution_timeout' })
    const { status, body } = await execute(runtime, 's1', { content: 'hi' })
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'timeout', messages: [] })
    expect(runtime.history('s1')).toEqual([expect.objectContaining({ role: 'user', content: 'hi' })])
  })

  it('malformed_json: 200 application/json that does not parse; executed', async () => {
    const runtime = make()
    runtime.inject({ kind: 'malformed_json' })
    const answer = await execute(runtime, 's1', { content: 'hi' })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/json')
    expect(answer.text.startsWith('{"id":"s1"')).toBe(true)
    expect(() => JSON.parse(answer.text) as unknown).toThrow()
    expect(runtime.executions).toHaveLength(1)
  })

  it('drop_connection: the handler rejects with a TypeError after the execution is recorded', async () => {
    const runtime = make()
    runtime.inject({ kind: 'drop_connection' })
    const request = new Request(`${BASE}/runtime/s1/execute/`, { method: 'POST', body: '{"content":"hi"}' })
    const error = await runtime.handle(request).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionDroppedError)
    expect(error).toBeInstanceOf(TypeError)
    expect(runtime.history('s1')).toHaveLength(2)
  })

  it('hang: the reply is in the history long before the response arrives', async () => {
    const runtime = createMockRuntime({ latencyMs: 0, sessions: [{ id: 's1' }] })
    runtime.inject({ kind: 'hang', ms: 300 })
    const started = Date.now()
    const pending = execute(runtime, 's1', { content: 'hi' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(runtime.history('s1')).toHaveLength(2)
    expect((await call(runtime, 'GET', '/runtime/s1/status/')).body.status).toBe('active')
    expect((await pending).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('hang through runtime.fetch: an abort rejects at once while the server keeps going', async () => {
    const runtime = createMockRuntime({ latencyMs: 0, sessions: [{ id: 's1' }] })
    runtime.inject({ kind: 'hang', ms: 10_000 })
    const body = JSON.stringify({ content: 'hi' })
    const request = runtime.fetch(`${BASE}/runtime/s1/execute/`, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(50),
    })
    await expect(request).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(runtime.history('s1')).toHaveLength(2)
  })
})

describe('fault targets', () => {
  it('targets reads too: messages, status, sessions, any', async () => {
    const runtime = make()
    runtime.inject({ kind: 'server_error' }, { endpoint: 'messages' })
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 1 }, { endpoint: 'status' })
    runtime.inject({ kind: 'html_error' }, { endpoint: 'sessions' })
    expect((await call(runtime, 'GET', '/runtime/s1/status/')).status).toBe(429)
    expect((await call(runtime, 'GET', '/runtime/s1/messages/')).status).toBe(500)
    expect((await call(runtime, 'POST', '/sessions/', {})).status).toBe(502)
    runtime.inject({ kind: 'server_error', status: 503 }, { endpoint: 'any' })
    expect((await call(runtime, 'GET', '/files/')).status).toBe(503)
  })

  it('malformed_json on a read truncates the real body', async () => {
    const runtime = make()
    runtime.inject({ kind: 'malformed_json' }, { endpoint: 'status' })
    const answer = await call(runtime, 'GET', '/runtime/s1/status/')
    expect(answer.text.startsWith('{"session_id":"s1"')).toBe(true)
    expect(answer.body).toBeUndefined()
  })

  it('skips execute-only faults on reads and leaves them for the execute', async () => {
    const runtime = make()
    runtime.inject({ kind: 'tool_failure' }, { endpoint: 'any' })
    expect((await call(runtime, 'GET', '/runtime/s1/status/')).status).toBe(200)
    const { body } = await execute(runtime, 's1', { content: 'hi' })
    expect(body.messages[0].tool_calls[0].status).toBe('failed')
  })

  it('hits only the target session, `times` times, then stops', async () => {
    const runtime = make()
    runtime.inject({ kind: 'server_error' }, { sessionId: 's2', times: 2 })
    expect((await execute(runtime, 's1', { content: 'a' })).status).toBe(200)
    expect((await execute(runtime, 's2', { content: 'b' })).status).toBe(500)
    expect((await execute(runtime, 's2', { content: 'c' })).status).toBe(500)
    expect((await execute(runtime, 's2', { content: 'd' })).status).toBe(200)
  })

  it('the returned function and clearFaults remove faults', async () => {
    const runtime = make()
    const remove = runtime.inject({ kind: 'server_error' })
    remove()
    expect((await execute(runtime, 's1', { content: 'a' })).status).toBe(200)
    runtime.inject({ kind: 'server_error' }, { times: 5 })
    runtime.clearFaults()
    expect((await execute(runtime, 's1', { content: 'b' })).status).toBe(200)
  })

  it('reset drops sessions, faults and records, and seeds the configured sessions again', async () => {
    const runtime = make()
    await execute(runtime, 's1', { content: 'a' })
    runtime.createSession('extra')
    runtime.inject({ kind: 'server_error' })
    runtime.reset()
    expect(runtime.executions).toHaveLength(0)
    expect(runtime.requestCounts.execute).toBe(0)
    expect(runtime.history('s1')).toHaveLength(0)
    expect((await call(runtime, 'GET', '/runtime/extra/status/')).status).toBe(404)
    expect((await execute(runtime, 's1', { content: 'b' })).status).toBe(200)
  })
})
