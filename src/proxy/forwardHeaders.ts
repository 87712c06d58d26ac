import type { UpstreamHeaders } from './exchangeUpstream.ts'

/** The only browser request headers forwarded; `x-api-key`, `authorization`, `cookie` and the rest are dropped. */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'x-request-id', 'x-correlation-id']

/**
 * Headers of the upstream request: the allowlisted browser headers, the integrator's extras (lowercase names), then
 * the key.
 */
export function upstreamRequestHeaders(
  incoming: (name: string) => string | null,
  apiKey: string,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of REQUEST_HEADERS) {
    const value = incoming(name)
    if (value !== null) headers[name] = value
  }
  Object.assign(headers, extra)
  headers['x-api-key'] = apiKey
  return headers
}

const RETRY_AFTER = /^(\d{1,9}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/
const ID = /^[\w.:~-]{1,200}$/

/**
 * The upstream headers passed back to the browser, each only in its expected form (a `Retry-After` in seconds
 * or a date, ids of safe characters) and redacted. `content-type` is the proxy's own.
 */
export function clientResponseHeaders(
  upstream: UpstreamHeaders,
  redact: (text: string) => string,
): Record<string, string> {
  const headers: Record<string, string> = {}
  const retryAfter = upstream.get('retry-after')?.trim()
  if (retryAfter && RETRY_AFTER.test(retryAfter)) headers['retry-after'] = retryAfter
  for (const name of ['x-request-id', 'x-correlation-id']) {
    const value = upstream.get(name)
    if (value !== null && ID.test(value)) headers[name] = redact(value)
  }
  return headers
}
