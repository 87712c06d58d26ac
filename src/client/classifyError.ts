import type { RuntimeError } from './RuntimeError.ts'
import { describeError, isContentPolicy } from './describeError.ts'
import { parseRetryAfter } from './parseRetryAfter.ts'
import { createError } from './toRuntimeError.ts'
import type { ClassifyInput, RuntimeErrorCode } from './types.ts'

const BY_STATUS: Partial<Record<number, RuntimeErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  408: 'timeout',
  413: 'payload_too_large',
  429: 'rate_limited',
  504: 'timeout',
}

/** The default classification of a failed response (spec §12); the `classifyError` option can override it. */
export function classifyError({ status, body, text, path }: ClassifyInput): RuntimeErrorCode {
  if (status === 404 && /^\/(runtime|sessions)\//.test(path)) return 'session_not_found'
  if ((status === 400 || status === 422) && isContentPolicy(describeError(body ?? text)))
    return 'content_policy'
  return (
    BY_STATUS[status] ??
    (status > 499 ? 'server_error' : status > 399 ? 'invalid_request' : 'invalid_response')
  )
}

/** The server's time of a response (its `Date` header), else this page's clock. */
function serverNow(headers: Headers): number {
  const date = Date.parse(headers.get('date') ?? '')
  return isNaN(date) ? Date.now() : date
}

/** The `RuntimeError` of a failed response: message from the body, `Retry-After`, request id, details. */
export function errorFromResponse(
  { status, body, text, headers }: ClassifyInput,
  code: RuntimeErrorCode,
  correlationId?: string,
): RuntimeError {
  // An HTML page (a proxy's error page) is not a message: use its title.
  const { type, message } = describeError(body ?? (/^\s*</.test(text) ? '' : text.slice(0, 200)))
  return createError(code, message ?? /<title>([^<]*)/i.exec(text)?.[1] ?? `HTTP ${status}`, {
    status,
    // An HTTP date is on the server's clock: measure it from the response's own `Date`, not from this page's clock.
    retryAfterMs: parseRetryAfter(headers.get('retry-after'), serverNow(headers)),
    correlationId,
    requestId: headers.get('x-request-id') ?? headers.get('request-id') ?? undefined,
    // The server's own words are the reason a content-policy refusal shows the user.
    details: {
      type,
      body: body ?? text.slice(0, 500),
      ...(code === 'content_policy' && message ? { reason: message } : {}),
    },
  })
}
