// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import type { MockRuntimeOptions } from '../../src/testing/types.ts'
import { call, execute } from './helpers.ts'

const NOW = Date.parse('2025-01-15T10:30:00Z')
const make = (options: MockRuntimeOptions = {}) =>
  createMockRuntime({ latencyMs: 0, now: () => NOW, sessions: [{ id: 's1' }], ...options })
const replyOf = async (text: string, options?: MockRuntimeOptions) =>
  (await execute(make(options), 's1', { content: text })).body.messages[0]

describe('execute response shapes', () => {
  it("'tutorial' (B, default): Unix seconds, only the new assistant message, correlation id in metadata", async () => {
    const { status, body } = await execute(make(), 's1', { content: 'hello', correlation_id: 'corr-1' })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id: 's1',
      object: 'agent.session',
      status: 'completed',
      created_at: NOW / 1000,
      completed_at: NOW / 1000,
      config: {},
      execution_time: expect.any(Number),
      metadata: { correlation_id: 'corr-1', execution_id: expect.stringMatching(/^exec_/) },
    })
    expect(body.metadata.usage).toEqual({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
    })
    expect(body.messages).toHaveLength(1)
    expect(body.messages[0]).toMatchObject({ role: 'assistant', created_at: NOW / 1000 })
  })

  it("'reference' (A): success, message_id, response.content and tool_calls, correlation_id", async () => {
    const { body } = await execute(make({ executeShape: 'reference' }), 's1', {
      content: 'calculate 6 * 7',
      correlation_id: 'corr-2',
    })
    expect(body).toMatchObject({
      success: true,
      message_id: expect.stringMatching(/^msg_/),
      correlation_id: 'corr-2',
    })
    expect(body.response.content).toContain('6 * 7 = 42')
    expect(body.response.tool_calls).toEqual([expect.objectContaining({ name: 'calculator', result: 42 })])
    expect(body).not.toHaveProperty('messages')
  })

  it("'getting-started' (C): execution_result, backend, seconds, ISO message times, metadata", async () => {
    const { body } = await execute(make({ executeShape: 'getting-started' }), 's1', { content: 'hi' })
    expect(body).toMatchObject({
      type: 'execution_result',
      client_type: 'backend',
      session_id: 's1',
      status: 'completed',
      execution_time: expect.any(Number),
      metadata: { correlation_id: null },
    })
    expect(body.messages[0].created_at).toBe('2025-01-15T10:30:00.000Z')
  })

  it('measures execution_time in seconds', async () => {
    const runtime = createMockRuntime({ latencyMs: 120, sessions: [{ id: 's1' }] })
    const { body } = await execute(runtime, 's1', { content: 'hi' })
    expect(body.execution_time).toBeGreaterThanOrEqual(0.1)
    expect(body.execution_time).toBeLessThan(2)
  })

  it('configure() switches the shape at run time', async () => {
    const runtime = make()
    runtime.configure({ executeShape: 'reference' })
    expect((await execute(runtime, 's1', { content: 'hi' })).body.success).toBe(true)
  })
})

describe('tool call styles', () => {
  it("'flat' (default): name, args, status, result, duration_ms on the assistant message", async () => {
    const message = await replyOf('search react hooks')
    expect(message.tool_calls).toEqual([
      {
        id: expect.any(String),
        name: 'web_search',
        args: { query: 'react hooks' },
        status: 'completed',
        result: expect.arrayContaining([
          expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) }),
        ]),
        duration_ms: expect.any(Number),
      },
    ])
  })

  it("'openai': type function with JSON-string arguments; a failure carries error", async () => {
    const ok = await replyOf('what is 2 + 2', { toolCallStyle: 'openai' })
    expect(ok.tool_calls).toEqual([
      {
        id: expect.any(String),
        type: 'function',
        function: { name: 'calculator', arguments: '{"expression":"2 + 2"}' },
      },
    ])
    const failed = await replyOf('weather in Paris', { toolCallStyle: 'openai' })
    expect(failed.tool_calls[0]).toMatchObject({
      function: { name: 'weather_lookup' },
      error: 'upstream timeout',
    })
  })
})

describe('scripted agent', () => {
  it('quotes the first 80 characters of the text', async () => {
    const text = `tell me something ${'x'.repeat(100)}`
    const message = await replyOf(text)
    expect(message.content.startsWith(`> ${text.slice(0, 80)}…`)).toBe(true)
  })

  it('answers with markdown: heading, list, fenced code, https link, inline code', async () => {
    const { content } = await replyOf('show me markdown')
    expect(content).toMatch(/^## /m)
    expect(content).toMatch(/^1\. /m)
    expect(content).toMatch(/```ts\n[\s\S]+\n```/)
    expect(content).toMatch(/\]\(https:\/\/[^)]+\)/)
    expect(content).toMatch(/`[^`\n]+`/)
  })

  it('greets back with suggestions', async () => {
    expect((await replyOf('Hello there')).content).toContain('## Hello!')
  })

  it.each([
    ['calculate (2 + 3) * 4', '20'],
    ['compute 2 ^ 10', '1024'],
    ["what's 0.1 + 0.2?", '0.3'],
    ['What is -3 * (4 - 6) / 2', '3'],
    ['calculate 10 % 4', '2'],
  ])('"%s" calls the calculator and returns %s', async (text, result) => {
    const message = await replyOf(text)
    expect(message.tool_calls[0]).toMatchObject({
      name: 'calculator',
      status: 'completed',
      result: Number(result),
    })
    expect(message.content).toContain(`= ${result}**`)
  })

  it('reports a calculator error as a failed tool call, without eval', async () => {
    const message = await replyOf('calculate 1 / 0')
    expect(message.tool_calls[0]).toMatchObject({ status: 'failed', error: 'division by zero' })
    const injected = await replyOf('calculate 2+2; globalThis.hacked = 1')
    expect(injected.tool_calls[0].args).toEqual({ expression: '2+2' })
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined()
  })

  it('does not call the calculator for "what is" without arithmetic', async () => {
    expect((await replyOf('what is love')).tool_calls).toBeUndefined()
  })

  it('searches with web_search and lists the results as links', async () => {
    const message = await replyOf('search for accessible widgets?')
    expect(message.tool_calls[0].args).toEqual({ query: 'accessible widgets' })
    expect(message.content).toMatch(/1\. \[accessible widgets: Overview\]\(https:\/\/example\.com\//)
  })

  it('searches for text with a lone surrogate without failing', async () => {
    const message = await replyOf('search broken \uD83D text')
    expect(message.tool_calls[0].args).toEqual({ query: 'broken \uD83D text' })
    expect(message.content).toContain('https://example.com/overview/broken-%EF%BF%BD-text')
  })

  it('fails the weather tool with "upstream timeout" and says so', async () => {
    const message = await replyOf('weather in Berlin')
    expect(message.tool_calls[0]).toMatchObject({
      name: 'weather_lookup',
      args: { location: 'Berlin' },
      status: 'failed',
      error: 'upstream timeout',
    })
    expect(message.content).toMatch(/couldn't get the weather/)
  })

  it('names attached images by file name or type', async () => {
    const runtime = make()
    const { body } = await execute(runtime, 's1', {
      content: [
        { type: 'text', text: 'what is in these?' },
        { type: 'image_url', image_url: { url: 'https://cdn.example.com/pics/cat.png' } },
        { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
      ],
    })
    expect(body.messages[0].content).toContain('I can see 2 images (cat.png, image/jpeg).')
    const one = await execute(runtime, 's1', {
      content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' }, name: 'cat.png' }],
    })
    expect(one.body.messages[0].content).toContain('I can see 1 image (cat.png).')
  })

  it('acknowledges file blocks by url and name', async () => {
    const message = (
      await execute(make(), 's1', {
        content: [
          { type: 'text', text: 'summarize' },
          { type: 'file', url: 'https://files.example.com/a/notes.txt' },
          { type: 'file', file_id: 'unknown', name: 'plan.docx' },
        ],
      })
    ).body.messages[0]
    expect(message.content).toContain('I received 2 files (notes.txt, plan.docx).')
  })

  it('mentions the inputs it received', async () => {
    const { body } = await execute(make(), 's1', { content: 'hi', inputs: { user_id: 'u1', n: 42 } })
    expect(body.messages[0].content).toContain('Inputs: `user_id`, `n`.')
  })

  it('gives a long multi-paragraph reply to "long"', async () => {
    const { content } = await replyOf('give me a long answer')
    expect(content.split('\n\n').length).toBeGreaterThan(8)
    expect(content.length).toBeGreaterThan(2000)
  })

  it('is deterministic: the same message gets the same reply', async () => {
    expect((await replyOf('search x')).content).toBe((await replyOf('search x')).content)
  })
})

describe('history after execute', () => {
  it('keeps the user content (string or blocks) and the reply, with ISO timestamps, no correlation id', async () => {
    const runtime = make()
    const blocks = [{ type: 'text', text: 'look' }]
    await execute(runtime, 's1', { content: 'first', correlation_id: 'c1' })
    const { body: second } = await execute(runtime, 's1', { content: blocks, correlation_id: 'c2' })
    const { body } = await call(runtime, 'GET', '/runtime/s1/messages/')
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ])
    expect(body.messages[0]).toEqual({
      id: expect.any(String),
      role: 'user',
      content: 'first',
      timestamp: '2025-01-15T10:30:00.000Z',
    })
    expect(body.messages[2].content).toEqual(blocks)
    expect(body.messages[3].id).toBe(second.messages[0].id)
    expect(JSON.stringify(body)).not.toContain('correlation_id')
  })

  it('echoes correlation_id on user messages with historyCorrelationIds', async () => {
    const runtime = make({ historyCorrelationIds: true })
    await execute(runtime, 's1', { content: 'first', correlation_id: 'c1' })
    const [user, assistant] = runtime.history('s1') as Record<string, unknown>[]
    expect(user).toMatchObject({ correlation_id: 'c1' })
    expect(assistant).not.toHaveProperty('correlation_id')
  })

  it('records executions with content, correlation id and times', async () => {
    const runtime = make()
    await execute(runtime, 's1', { content: 'one', correlation_id: 'c1' })
    await execute(runtime, 's1', { content: 'two' })
    expect(runtime.executions).toEqual([
      { sessionId: 's1', correlationId: 'c1', content: 'one', startedAt: NOW, finishedAt: NOW },
      { sessionId: 's1', content: 'two', startedAt: NOW, finishedAt: NOW },
    ])
  })
})
