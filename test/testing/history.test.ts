// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { call, execute } from './helpers.ts'

type Listed = { id: string; role: string; content: string; timestamp: string; tool_calls?: unknown[] }

describe('messages endpoint pagination', () => {
  const runtime = createMockRuntime({ latencyMs: 0, sessions: [{ id: 'long', history: 120 }] })

  it('defaults to limit 50, offset 0 = the oldest messages, oldest first', async () => {
    const { body } = await call(runtime, 'GET', '/runtime/long/messages/')
    expect(body.total).toBe(120)
    expect(body.has_more).toBe(true)
    expect(body.messages).toHaveLength(50)
    expect(body.messages[0].content).toBe('Message 1: tell me about pagination.')
    const times = (body.messages as Listed[]).map((message) => Date.parse(message.timestamp))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('serves the newest page at offset total - limit, with has_more false', async () => {
    const { body } = await call(runtime, 'GET', '/runtime/long/messages/?limit=20&offset=100')
    expect(body.messages).toHaveLength(20)
    expect(body.messages[19].id).toBe('long-g120')
    expect(body.has_more).toBe(false)
  })

  it('returns a short last page and an empty page past the end', async () => {
    expect(
      (await call(runtime, 'GET', '/runtime/long/messages/?limit=50&offset=110')).body.messages,
    ).toHaveLength(10)
    const past = await call(runtime, 'GET', '/runtime/long/messages/?offset=500')
    expect(past.body).toEqual({ messages: [], total: 120, has_more: false })
  })

  it('clamps limit to 1000 and rejects bad numbers with 400', async () => {
    const big = createMockRuntime({ sessions: [{ id: 'b', history: 1500 }] })
    expect((await call(big, 'GET', '/runtime/b/messages/?limit=5000')).body.messages).toHaveLength(1000)
    for (const query of ['limit=-1', 'offset=abc', 'limit=1.5']) {
      const answer = await call(runtime, 'GET', `/runtime/long/messages/?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.body.error.type).toBe('invalid_request_error')
    }
  })

  it('pages stay stable and contiguous: consecutive pages join without gaps or repeats', async () => {
    const first = (await call(runtime, 'GET', '/runtime/long/messages/?limit=30&offset=0')).body
      .messages as Listed[]
    const second = (await call(runtime, 'GET', '/runtime/long/messages/?limit=30&offset=30')).body
      .messages as Listed[]
    const ids = [...first, ...second].map((message) => message.id)
    expect(new Set(ids).size).toBe(60)
    expect(ids[30]).toBe('long-g31')
  })

  it('appends new messages after the generated ones', async () => {
    const session = createMockRuntime({ latencyMs: 0, sessions: [{ id: 'x', history: 10 }] })
    await execute(session, 'x', { content: 'newest' })
    const { body } = await call(session, 'GET', '/runtime/x/messages/?limit=2&offset=10')
    expect(body.total).toBe(12)
    expect((body.messages as Listed[]).map((message) => message.role)).toEqual(['user', 'assistant'])
    expect(body.messages[0].content).toBe('newest')
  })
})

describe('generated history', () => {
  it('alternates user and assistant and mixes markdown, code and tool calls', () => {
    const runtime = createMockRuntime({ sessions: [{ id: 'g', history: 60 }] })
    const messages = runtime.history('g') as Listed[]
    expect(messages).toHaveLength(60)
    expect(
      messages.every((message, index) => message.role === (index % 2 === 0 ? 'user' : 'assistant')),
    ).toBe(true)
    const assistant = messages.filter((message) => message.role === 'assistant')
    expect(assistant.some((message) => message.content.includes('```'))).toBe(true)
    expect(assistant.some((message) => message.content.includes('](https://'))).toBe(true)
    expect(assistant.some((message) => (message.tool_calls?.length ?? 0) > 0)).toBe(true)
  })

  it('seeds 10,000 messages cheaply and pages from the end quickly', async () => {
    const started = performance.now()
    const runtime = createMockRuntime({ sessions: [{ id: 'long', history: 10_000 }] })
    const { body } = await call(runtime, 'GET', '/runtime/long/messages/?limit=50&offset=9950')
    expect(body.total).toBe(10_000)
    expect(body.messages[49].id).toBe('long-g10000')
    expect(performance.now() - started).toBeLessThan(200)
    expect((await call(runtime, 'GET', '/runtime/long/status/')).body.message_count).toBe(10_000)
  })

  it('seeds explicit messages with their tool calls as given', () => {
    const toolCalls = [{ name: 'calculator', args: { expression: '1+1' }, result: 2 }]
    const runtime = createMockRuntime({
      sessions: [
        {
          id: 'e',
          history: [
            { role: 'user', content: 'one plus one?', createdAt: Date.parse('2025-01-01T00:00:00Z') },
            { role: 'assistant', content: '2', toolCalls },
          ],
        },
      ],
    })
    const [user, assistant] = runtime.history('e') as Listed[]
    expect(user).toMatchObject({ content: 'one plus one?', timestamp: '2025-01-01T00:00:00.000Z' })
    expect(assistant!.tool_calls).toEqual(toolCalls)
  })

  it('lists generated tool calls in the configured style', () => {
    const runtime = createMockRuntime({ toolCallStyle: 'openai', sessions: [{ id: 'g', history: 20 }] })
    const withTools = (runtime.history('g') as Listed[]).find((message) => message.tool_calls)
    expect(withTools!.tool_calls![0]).toMatchObject({ type: 'function', function: { name: 'calculator' } })
  })
})
