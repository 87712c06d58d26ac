/** Request headers a browser may send cross-origin (`accept` and `accept-language` need no permission). */
export const CORS_ALLOW_HEADERS = 'content-type, x-request-id, x-correlation-id'

/**
 * CORS headers for an actual response to an allowed origin. `credentials` lets a listed origin send the
 * session cookie (`fetch(…, { credentials: 'include' })`); never for `allowedOrigins: '*'`.
 */
export function corsHeaders(origin: string | null, credentials: boolean): Record<string, string> {
  if (origin === null) return { vary: 'Origin' }
  return {
    'access-control-allow-origin': origin,
    ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
    // Without this the browser hides Retry-After from the client, which needs it for rate limits.
    'access-control-expose-headers': 'retry-after, x-request-id',
    vary: 'Origin',
  }
}

/** CORS headers for a preflight (`OPTIONS`) from an allowed origin. */
export function preflightHeaders(origin: string, credentials: boolean): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': CORS_ALLOW_HEADERS,
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}
