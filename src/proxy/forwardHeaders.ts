/** The only browser request headers forwarded; `x-api-key`, `authorization`, `cookie` and the rest are dropped. */
const REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'x-request-id', 'x-correlation-id']

/** The only upstream response headers passed back; `set-cookie`, hop-by-hop and encoding headers are dropped. */
const RESPONSE_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'x-correlation-id']

function pick(from: Headers, names: readonly string[], into: Headers): Headers {
  for (const name of names) {
    const value = from.get(name)
    if (value !== null) into.set(name, value)
  }
  return into
}

/** Headers of the upstream request: the allowlisted browser headers, the integrator's extras, then the key. */
export function upstreamRequestHeaders(
  incoming: Headers,
  apiKey: string,
  extra: HeadersInit | undefined,
): Headers {
  const headers = pick(incoming, REQUEST_HEADERS, new Headers())
  new Headers(extra).forEach((value, name) => headers.set(name, value))
  headers.set('x-api-key', apiKey)
  return headers
}

/** Headers of the response to the browser: the allowlisted upstream headers (passed through `redact`) plus CORS. */
export function clientResponseHeaders(
  upstream: Headers,
  cors: Record<string, string>,
  redact: (text: string) => string = (text) => text,
): Headers {
  const headers = pick(upstream, RESPONSE_HEADERS, new Headers(cors))
  headers.forEach((value, name) => headers.set(name, redact(value)))
  return headers
}
