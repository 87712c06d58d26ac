import { describe, expect, it } from 'vitest'
import { classifyError, type ClassifyInput } from '../../src/client/index.ts'
import { errorFromResponse } from '../../src/client/classifyError.ts'
import { parseRetryAfter } from '../../src/client/parseRetryAfter.ts'

const input = (status: number, body: unknown, path = '/runtime/s1/execute/', headers = {}): ClassifyInput => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return {
    status,
    body: typeof body === 'string' ? undefined : body,
    text,
    headers: new Headers(headers),
    path,
  }
}

describe('classifyError', () => {
  it.each([
    [401, { error: { type: 'authentication_error', message: 'Invalid API key.' } }, 'unauthorized'],
    [403, { error: { type: 'permission_error', message: 'No.' } }, 'forbidden'],
    [404, { detail: 'Session not found.' }, 'session_not_found'],
    [408, 'Request Timeout', 'timeout'],
    [413, { detail: 'Too large' }, 'payload_too_large'],
    [429, { error: { type: 'rate_limit_error', message: 'Slow down' } }, 'rate_limited'],
    [400, { error: { type: 'content_policy_violation', message: 'Blocked' } }, 'content_policy'],
    [422, { error: { code: 'content_filter', message: 'Blocked' } }, 'content_policy'],
    [400, { detail: 'The message violates the content policy.' }, 'content_policy'],
    [400, 'Rejected by content filter', 'content_policy'],
    [400, { error: { type: 'invalid_request_error', message: 'content is required' } }, 'invalid_request'],
    [422, { detail: 'Unprocessable' }, 'invalid_request'],
    [409, { detail: 'Busy' }, 'invalid_request'],
    [500, { detail: 'A server error occurred.' }, 'server_error'],
    [502, '<html><title>502 Bad Gateway</title></html>', 'server_error'],
    [503, 'Service temporarily unavailable.', 'server_error'],
    [504, 'Gateway Timeout', 'timeout'],
  ])('classifies %i %j as %s', (status, body, code) => {
    expect(classifyError(input(status, body))).toBe(code)
  })

  it('only calls a 404 session_not_found on a runtime or session path', () => {
    expect(classifyError(input(404, { detail: 'x' }, '/sessions/abc/'))).toBe('session_not_found')
    expect(classifyError(input(404, { detail: 'x' }, '/files/'))).toBe('invalid_request')
  })

  it('does not call a 500 mentioning a content policy content_policy', () => {
    expect(classifyError(input(500, { detail: 'content policy service down' }))).toBe('server_error')
  })
})

describe('errorFromResponse', () => {
  it('keeps the words of the server as the reason of a content-policy refusal', () => {
    const body = { error: { type: 'content_policy_violation', message: 'Personal data is not allowed.' } }
    const error = errorFromResponse(input(400, body), 'content_policy')
    expect(error.details).toMatchObject({ reason: 'Personal data is not allowed.' })
    expect(errorFromResponse(input(400, body), 'invalid_request').details).not.toHaveProperty('reason')
  })

  it('reads the message and type of the {error:{type,message}} envelope', () => {
    const error = errorFromResponse(
      input(429, { error: { type: 'rate_limit_error', message: 'Too many requests.' } }, '/x/', {
        'retry-after': '7',
        'x-request-id': 'req_1',
      }),
      'rate_limited',
      'corr_1',
    )
    expect(error).toMatchObject({
      code: 'rate_limited',
      message: 'Too many requests.',
      status: 429,
      retryable: true,
      retryAfterMs: 7000,
      correlationId: 'corr_1',
      requestId: 'req_1',
      details: { type: 'rate_limit_error' },
    })
  })

  it('reads {detail} bodies and the request-id header', () => {
    const error = errorFromResponse(
      input(500, { detail: 'A server error occurred.' }, '/x/', { 'request-id': 'r2' }),
      'server_error',
    )
    expect(error).toMatchObject({ message: 'A server error occurred.', requestId: 'r2', retryable: true })
    expect(error.retryAfterMs).toBeUndefined()
  })

  it('reads plain-text bodies', () => {
    const error = errorFromResponse(input(503, 'Service temporarily unavailable.'), 'server_error')
    expect(error.message).toBe('Service temporarily unavailable.')
    expect(error.details).toMatchObject({ body: 'Service temporarily unavailable.' })
  })

  it('uses the title of an HTML page, keeping the page (truncated) in details', () => {
    const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(2000)}</body></html>`
    const error = errorFromResponse(input(502, html, '/x/', { 'content-type': 'text/html' }), 'server_error')
    expect(error.message).toBe('502 Bad Gateway')
    expect(error.details?.body).toMatch(/^<!DOCTYPE html>/)
    expect((error.details?.body as string).length).toBe(500)
  })

  it('falls back to the HTTP status for an empty body or an HTML page without a title', () => {
    expect(errorFromResponse(input(500, ''), 'server_error').message).toBe('HTTP 500')
    expect(errorFromResponse(input(502, '<html><body>oops</body></html>'), 'server_error').message).toBe(
      'HTTP 502',
    )
  })

  it('keeps retryAfterMs undefined on a 429 without Retry-After', () => {
    expect(errorFromResponse(input(429, { detail: 'slow' }), 'rate_limited').retryAfterMs).toBeUndefined()
  })

  it.each([
    ['unauthorized', false],
    ['forbidden', false],
    ['session_not_found', false],
    ['rate_limited', true],
    ['content_policy', false],
    ['invalid_request', false],
    ['payload_too_large', false],
    ['server_error', true],
    ['timeout', true],
  ] as const)('marks %s retryable: %s', (code, retryable) => {
    expect(errorFromResponse(input(400, {}), code).retryable).toBe(retryable)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-15T10:30:00Z')
  it('reads seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500)
    expect(parseRetryAfter('0', now)).toBe(0)
  })
  it('reads an HTTP date, and never returns a negative wait', () => {
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:30:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:29:00 GMT', now)).toBe(0)
  })
  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})
