// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it } from 'vitest'
import { CHAT_COMMANDS } from '../../src/testing/chatCommands.ts'
import { ConnectionDroppedError } from '../../src/testing/ConnectionDroppedError.ts'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { BASE, call, execute } from './helpers.ts'

const NOW = Date.parse('2025-01-15T10:30:00Z')
const make = () => createMockRuntime({ latencyMs: 0, now: () => NOW, sessions: [{ id: 's1' }] })

describe('chat commands', () => {
  it('lists every command with a description', () => {
    expect(CHAT_COMMANDS.map((entry) => entry.command.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining([
        '/fail 429',
        '/fail 404',
        '/fail 500',
        '/fail 503',
        '/fail hang',
        '/fail drop',
        '/slow <ms>',
      ]),
    )
    for (const entry of CHAT_COMMANDS) expect(entry.description.length).toBeGreaterThan(10)
  })

  it('/fail 429 fails once per correlation id: the resend succeeds and runs once', async () => {
    const runtime = make()
    const message = { content: '/fail 429 hello', correlation_id: 'c1' }
    const first = await execute(runtime, 's1', message)
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBe('3')
    expect(runtime.executions).toHaveLength(0)
    const resend = await execute(runtime, 's1', message)
    expect(resend.status).toBe(200)
    expect(runtime.executions).toEqual([expect.objectContaining({ correlationId: 'c1' })])
    expect((await execute(runtime, 's1', { ...message, correlation_id: 'c2' })).status).toBe(429)
  })

  it('without a correlation id, fires once per session and text', async () => {
    const runtime = make()
    expect((await execute(runtime, 's1', { content: '/fail 500' })).status).toBe(500)
    expect((await execute(runtime, 's1', { content: '/fail 500' })).status).toBe(200)
  })

  it('the agent answers the text without the command', async () => {
    const { body } = await execute(make(), 's1', { content: 'search cats /fail tool' })
    expect(body.messages[0].content.startsWith('> search cats\n')).toBe(true)
    expect(body.messages[0].tool_calls[0]).toMatchObject({
      name: 'web_search',
      args: { query: 'cats' },
      status: 'failed',
    })
  })

  it.each([
    [
      '/fail 429 10',
      429,
      (a: Awaited<ReturnType<typeof call>>) => expect(a.headers.get('retry-after')).toBe('10'),
    ],
    [
      '/fail 429-date',
      429,
      (a: Awaited<ReturnType<typeof call>>) =>
        expect(a.headers.get('retry-after')).toBe('Wed, 15 Jan 2025 10:30:03 GMT'),
    ],
    ['/fail 404', 404, (a: Awaited<ReturnType<typeof call>>) => expect(a.body.detail).toMatch(/Session/)],
    ['/fail 500', 500, (a: Awaited<ReturnType<typeof call>>) => expect(a.body.detail).toBeDefined()],
    ['/fail 502', 502, (a: Awaited<ReturnType<typeof call>>) => expect(a.body.error.type).toBe('api_error')],
    [
      '/fail 503',
      503,
      (a: Awaited<ReturnType<typeof call>>) => expect(a.headers.get('retry-after')).toBe('2'),
    ],
    [
      '/fail policy',
      400,
      (a: Awaited<ReturnType<typeof call>>) => expect(a.body.error.type).toBe('content_policy_violation'),
    ],
    ['/fail html', 502, (a: Awaited<ReturnType<typeof call>>) => expect(a.text).toMatch(/<html>/)],
  ])('%s answers %i without executing', async (content, status, check) => {
    const runtime = make()
    const answer = await execute(runtime, 's1', { content })
    expect(answer.status).toBe(status)
    check(answer)
    expect(runtime.executions).toHaveLength(0)
  })

  it.each([
    [
      '/fail tool',
      (a: Awaited<ReturnType<typeof call>>) => expect(a.body.messages[0].tool_calls[0].status).toBe('failed'),
    ],
    ['/fail timeout', (a: Awaited<ReturnType<typeof call>>) => expect(a.body.status).toBe('timeout')],
    ['/fail json', (a: Awaited<ReturnType<typeof call>>) => expect(a.body).toBeUndefined()],
  ])('%s executes and answers 200', async (content, check) => {
    const runtime = make()
    const answer = await execute(runtime, 's1', { content })
    expect(answer.status).toBe(200)
    check(answer)
    expect(runtime.executions).toHaveLength(1)
  })

  it('/fail drop executes, then drops the connection', async () => {
    const runtime = make()
    const request = new Request(`${BASE}/runtime/s1/execute/`, {
      method: 'POST',
      body: '{"content":"/fail drop"}',
    })
    await expect(runtime.handle(request)).rejects.toBeInstanceOf(ConnectionDroppedError)
    expect(runtime.executions).toHaveLength(1)
  })

  it('/fail hang <ms> answers late, with the reply already in the history', async () => {
    const runtime = make()
    const started = Date.now()
    const pending = execute(runtime, 's1', { content: '/fail hang 200' })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(runtime.history('s1')).toHaveLength(2)
    expect((await pending).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('/slow <ms> delays every execution of the message', async () => {
    const runtime = make()
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = Date.now()
      await execute(runtime, 's1', { content: '/slow 120 hi', correlation_id: 'same' })
      expect(Date.now() - started).toBeGreaterThanOrEqual(110)
    }
  })

  it('ignores unknown /fail words', async () => {
    const { status, body } = await execute(make(), 's1', { content: '/fail nothing' })
    expect(status).toBe(200)
    expect(body.messages[0].content.startsWith('> /fail nothing')).toBe(true)
  })

  it('an injected fault takes precedence and leaves the command for the resend', async () => {
    const runtime = make()
    runtime.inject({ kind: 'server_error' })
    const message = { content: '/fail policy', correlation_id: 'c' }
    expect((await execute(runtime, 's1', message)).status).toBe(500)
    expect((await execute(runtime, 's1', message)).status).toBe(400)
  })
})
