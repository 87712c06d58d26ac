import { describe, expect, it } from 'vitest'
import { isRuntimeError, parseExecuteResult, type RuntimeError } from '../../src/client/index.ts'

const thrown = (body: unknown): RuntimeError => {
  try {
    parseExecuteResult(body)
  } catch (error) {
    if (isRuntimeError(error)) return error
    throw error
  }
  throw new Error('parseExecuteResult did not throw')
}

const reference = {
  success: true,
  message_id: 'msg_1',
  response: {
    content: 'Four.',
    tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'calculator', arguments: '{"x":2}' } }],
  },
  correlation_id: 'corr_1',
}

const tutorial = {
  id: 'session_abc',
  object: 'agent.session',
  status: 'completed',
  created_at: 1704067200,
  completed_at: 1704067215,
  config: {},
  messages: [{ id: 'msg_2', role: 'assistant', content: 'Hi there', created_at: 1704067210 }],
  execution_time: 1.5,
  metadata: {
    correlation_id: 'corr_2',
    event_count: 3,
    execution_id: 'exec_1',
    usage: { input_tokens: 125, output_tokens: 42 },
  },
}

const gettingStarted = {
  type: 'execution_result',
  client_type: 'backend',
  session_id: 'sess_c',
  status: 'completed',
  execution_time: 0.25,
  messages: [
    {
      id: 'msg_3',
      role: 'assistant',
      content: [
        { type: 'text', text: 'Line one' },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
        { type: 'text', text: 'Line two' },
      ],
      created_at: '2025-01-15T10:30:00Z',
      tool_calls: [
        { name: 'web_search', args: { q: 'x' }, result: ['r'], status: 'completed', duration_ms: 40 },
      ],
    },
  ],
}

describe('parseExecuteResult', () => {
  it('reads shape A (reference): response.content, response.tool_calls, correlation_id', () => {
    const result = parseExecuteResult(reference)
    expect(result.status).toBe('completed')
    expect(result.correlationId).toBe('corr_1')
    expect(result.reply).toMatchObject({ id: 'msg_1', role: 'assistant', text: 'Four.' })
    expect(result.messages).toHaveLength(1)
    expect(result.toolCalls).toEqual([
      expect.objectContaining({ id: 'call_1', name: 'calculator', args: { x: 2 }, status: 'succeeded' }),
    ])
    expect(result.reply?.toolCalls).toHaveLength(1)
    expect(result.raw).toBe(reference)
  })

  it('reads shape B (tutorial): Unix-second timestamps, metadata correlation id, execution id and usage', () => {
    const result = parseExecuteResult(tutorial)
    expect(result).toMatchObject({
      sessionId: 'session_abc',
      status: 'completed',
      correlationId: 'corr_2',
      executionId: 'exec_1',
      executionTimeMs: 1500,
      usage: { inputTokens: 125, outputTokens: 42 },
    })
    expect(result.reply?.createdAt).toBe(1704067210_000)
    expect(result.reply?.text).toBe('Hi there')
    expect(result.toolCalls).toEqual([])
  })

  it('reads shape C (getting-started): ISO timestamps, content blocks and flat tool calls on the message', () => {
    const result = parseExecuteResult(gettingStarted)
    expect(result.sessionId).toBe('sess_c')
    expect(result.executionTimeMs).toBe(250)
    expect(result.reply?.createdAt).toBe(Date.parse('2025-01-15T10:30:00Z'))
    expect(result.reply?.text).toBe('Line one\nLine two')
    expect(result.reply?.content).toHaveLength(3)
    expect(result.toolCalls[0]).toMatchObject({
      id: 'msg_3-tool-0',
      name: 'web_search',
      args: { q: 'x' },
      result: ['r'],
      status: 'succeeded',
      durationMs: 40,
    })
  })

  it('takes the last assistant message as the reply and keeps every message', () => {
    const result = parseExecuteResult({
      status: 'completed',
      messages: [
        { id: 'a', role: 'assistant', content: 'first' },
        { id: 'u', role: 'user', content: 'question' },
        { id: 'b', role: 'assistant', content: 'second' },
        { id: 't', role: 'tool', content: '{}' },
      ],
    })
    expect(result.messages.map((message) => message.id)).toEqual(['a', 'u', 'b', 't'])
    expect(result.reply?.id).toBe('b')
  })

  it('accepts nulls where the documentation shows them', () => {
    const result = parseExecuteResult({
      ...tutorial,
      metadata: { ...tutorial.metadata, correlation_id: null },
    })
    expect(result.correlationId).toBeUndefined()
    expect(parseExecuteResult({ ...reference, correlation_id: null, message_id: null }).reply?.id).toBe(
      'reply-0',
    )
  })

  it('keeps unknown fields on raw and gives ids to messages without one', () => {
    const body = {
      status: 'completed',
      extra: { a: 1 },
      messages: [{ role: 'assistant', content: 'x', mood: 'ok' }],
    }
    const result = parseExecuteResult(body)
    expect((result.raw as typeof body).extra).toEqual({ a: 1 })
    expect(result.reply?.raw).toMatchObject({ mood: 'ok' })
    expect(result.reply?.id).toBe('reply-0')
  })

  it('returns a 200 result with a failed tool call instead of throwing', () => {
    const result = parseExecuteResult({
      ...tutorial,
      messages: [
        {
          ...tutorial.messages[0],
          tool_calls: [{ id: 't1', name: 'weather', args: {}, status: 'failed', error: 'upstream timeout' }],
        },
      ],
    })
    expect(result.toolCalls[0]).toMatchObject({ status: 'failed', error: 'upstream timeout' })
  })

  it('throws for success:false and status error: an execution that failed is not a delivery', () => {
    expect(thrown({ success: false, response: { content: '' } })).toMatchObject({
      code: 'server_error',
      retryable: false,
      details: { executionFailed: true },
    })
    expect(thrown({ status: 'error', messages: [] }).code).toBe('server_error')
    expect(thrown({ success: false, error: 'Agent crashed' })).toMatchObject({
      code: 'server_error',
      message: 'Agent crashed',
      details: { executionFailed: true, reason: 'Agent crashed' },
    })
  })

  it('throws content_policy for an error result whose type names a content policy', () => {
    const error = thrown({
      status: 'error',
      messages: [],
      error: { type: 'content_filter', message: 'Blocked' },
      correlation_id: 'c1',
    })
    expect(error).toMatchObject({
      code: 'content_policy',
      message: 'Blocked',
      retryable: false,
      correlationId: 'c1',
    })
    expect(
      thrown({ status: 'error', messages: [], metadata: { error: 'content_policy_violation' } }).code,
    ).toBe('content_policy')
  })

  it('throws a non-retryable timeout for an execution status timeout (shape A and B)', () => {
    const error = thrown({ ...tutorial, status: 'timeout', messages: [] })
    expect(error).toMatchObject({
      code: 'timeout',
      retryable: false,
      correlationId: 'corr_2',
      details: { executionFailed: true },
    })
    expect(thrown({ success: false, status: 'timeout', response: { content: '' } }).code).toBe('timeout')
  })

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['messages that are not an array', { status: 'completed', messages: 'hi' }],
    ['a message that is not an object', { status: 'completed', messages: [42] }],
    [
      'tool calls that are not objects',
      { status: 'completed', messages: [{ role: 'assistant', tool_calls: ['x'] }] },
    ],
    ['a mistyped status', { status: 5, messages: [] }],
  ])('throws invalid_response for %s, never a crash', (_name, body) => {
    const error = thrown(body)
    expect(error.code).toBe('invalid_response')
    expect(error.retryable).toBe(false)
  })
})
