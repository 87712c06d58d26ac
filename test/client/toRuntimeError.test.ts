import { describe, expect, it } from 'vitest'
import { RuntimeError, RUNTIME_ERROR_CODES, isRuntimeError, toRuntimeError } from '../../src/client/index.ts'

describe('toRuntimeError', () => {
  it('returns a RuntimeError as is, adding a missing correlation id', () => {
    const error = new RuntimeError({ code: 'server_error', message: 'x', retryable: true, status: 500 })
    expect(toRuntimeError(error)).toBe(error)
    const withId = toRuntimeError(error, 'corr')
    expect(withId).toMatchObject({
      code: 'server_error',
      status: 500,
      retryable: true,
      correlationId: 'corr',
    })
    expect(isRuntimeError(withId)).toBe(true)
    const own = new RuntimeError({ code: 'aborted', message: 'x', correlationId: 'mine' })
    expect(toRuntimeError(own, 'other').correlationId).toBe('mine')
  })

  it.each([
    [new DOMException('stop', 'AbortError'), 'aborted'],
    [new DOMException('late', 'TimeoutError'), 'timeout'],
    [new SyntaxError('Unexpected token'), 'invalid_response'],
    [new TypeError('fetch failed'), 'network'],
    [new Error('boom'), 'network'],
    ['a string', 'network'],
    [42, 'network'],
    [null, 'network'],
    [undefined, 'network'],
  ])('maps %s to %s', (value, code) => {
    const error = toRuntimeError(value)
    expect(error).toBeInstanceOf(RuntimeError)
    expect(error.code).toBe(code)
    expect(RUNTIME_ERROR_CODES).toContain(error.code)
  })

  it('never throws, even for hostile values', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no')
        },
      },
    )
    expect(toRuntimeError(hostile).code).toBe('network')
    expect(toRuntimeError(Object.create(null)).code).toBe('network')
  })

  it('round-trips through toJSON / fromJSON', () => {
    const error = toRuntimeError(new TypeError('offline'), 'c1')
    const copy = RuntimeError.fromJSON(
      JSON.parse(JSON.stringify(error)) as ReturnType<RuntimeError['toJSON']>,
    )
    expect(copy).toMatchObject({ code: 'network', message: 'offline', retryable: true, correlationId: 'c1' })
  })
})
