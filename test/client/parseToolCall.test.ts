import { describe, expect, it } from 'vitest'
import { parseToolCall } from '../../src/client/parseToolCall.ts'

describe('parseToolCall', () => {
  it('reads the OpenAI style: function.name and JSON-string arguments', () => {
    const raw = {
      id: 'call_1',
      type: 'function',
      function: { name: 'calc', arguments: '{"expression":"2*3"}' },
    }
    expect(parseToolCall(raw, 'fallback')).toEqual({
      id: 'call_1',
      name: 'calc',
      args: { expression: '2*3' },
      result: undefined,
      status: 'succeeded',
      error: undefined,
      durationMs: undefined,
      raw,
    })
  })

  it('keeps arguments that are not JSON as the raw string', () => {
    expect(parseToolCall({ function: { name: 'f', arguments: 'not json' } }, 'x').args).toBe('not json')
  })

  it('marks an OpenAI-style call with an error as failed', () => {
    const call = parseToolCall({ id: 'c', function: { name: 'f', arguments: '{}' }, error: 'boom' }, 'x')
    expect(call).toMatchObject({ status: 'failed', error: 'boom' })
  })

  it.each([
    ['args', { args: { a: 1 } }],
    ['arguments', { arguments: { a: 1 } }],
    ['input', { input: { a: 1 } }],
    ['arguments as JSON text', { arguments: '{"a":1}' }],
  ])('reads flat-style %s', (_name, fields) => {
    expect(parseToolCall({ name: 'tool', ...fields }, 'x').args).toEqual({ a: 1 })
  })

  it('uses the fallback id and reads result or output, duration_ms', () => {
    expect(parseToolCall({ name: 't', output: 42, duration_ms: 9 }, 'msg-tool-0')).toMatchObject({
      id: 'msg-tool-0',
      result: 42,
      status: 'succeeded',
      durationMs: 9,
    })
    expect(parseToolCall({ id: 7, name: 't' }, 'x').id).toBe('7')
  })

  it.each([
    [{ status: 'failed' }, 'failed'],
    [{ status: 'ERROR' }, 'failed'],
    [{ error: 'x' }, 'failed'],
    [{ error: { message: 'nested' }, status: 'completed' }, 'failed'],
    [{ result: 1 }, 'succeeded'],
    [{ status: 'ok' }, 'succeeded'],
    [{ status: 'success' }, 'succeeded'],
    [{ status: 'completed' }, 'succeeded'],
    [{ status: 'running' }, 'running'],
    [{ status: 'pending' }, 'running'],
    [{ status: 'running', result: 1 }, 'succeeded'],
    [{}, 'succeeded'],
  ])('derives the status of %j as %s', (fields, status) => {
    expect(parseToolCall({ name: 't', ...fields }, 'x').status).toBe(status)
  })

  it('reads the failure text from a string, an object message, or a bare flag', () => {
    expect(parseToolCall({ name: 't', error: { message: 'nested' } }, 'x').error).toBe('nested')
    expect(parseToolCall({ name: 't', error: true }, 'x').error).toBe('Tool failed')
    expect(parseToolCall({ name: 't', error: null }, 'x').error).toBeUndefined()
  })
})
