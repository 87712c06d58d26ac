import type { UpstreamHeaders } from './exchangeUpstream.ts'
import { clientResponseHeaders } from './forwardHeaders.ts'
import type { ProxyAnswer } from './proxyAnswer.ts'
import { proxyError, SAFE_HEADERS } from './proxyError.ts'

/** Strict: a body that is not UTF-8 is not passed on. */
const UTF8 = new TextDecoder('utf-8', { fatal: true })
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/** The upstream answer as the browser gets it, or why it was not passed on. */
export type ClientResponse =
  | { readonly ok: true; readonly response: ProxyAnswer; readonly json: unknown }
  | { readonly ok: false; readonly response: ProxyAnswer; readonly detail: string }

/** Replaces the key in every string and object key of a parsed JSON value. */
function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value)
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [redact(name), redactValue(item, redact)]),
    )
  }
  return value
}

/**
 * Only JSON reaches the browser, with the key redacted from every string and name, so an upstream that echoes the
 * request headers cannot leak the key (a body that held it is re-serialized from the parsed value). Anything else
 * becomes a 502 in the proxy's error shape; a non-JSON 429 or 503 keeps its status and `Retry-After` so that
 * clients still back off.
 */
export function toClientResponse(
  status: number,
  upstreamHeaders: UpstreamHeaders,
  body: Uint8Array,
  cors: Record<string, string>,
  redact: (text: string) => string,
): ClientResponse {
  const headers = { ...clientResponseHeaders(upstreamHeaders, redact), ...cors, ...SAFE_HEADERS }
  if (body.byteLength === 0 || status === 204) {
    return { ok: true, response: { status, headers, cookies: [], body: null }, json: undefined }
  }
  const type = upstreamHeaders.get('content-type') ?? ''
  let json: unknown
  let received: string
  try {
    if (!JSON_TYPE.test(type)) throw new Error(`content-type ${JSON.stringify(type.slice(0, 100))}`)
    received = UTF8.decode(body)
    json = JSON.parse(received)
  } catch (error) {
    const detail = `upstream ${status} not passed on: ${error instanceof Error ? error.message : String(error)}`
    if (status === 429 || status === 503) {
      const type = status === 429 ? 'rate_limited' : 'upstream_unavailable'
      const message =
        status === 429 ? 'Too many requests; try again later.' : 'The Atthene API is unavailable.'
      return { ok: false, response: proxyError(status, type, message, headers), detail }
    }
    const message = 'The Atthene API sent a response the proxy does not pass on.'
    return { ok: false, response: proxyError(502, 'upstream_invalid_response', message, headers), detail }
  }
  // Without a backslash every string of the JSON is a piece of the text as received, so a text the redactor leaves
  // alone holds the key in no string or name: it goes on as it came, without a parse-redact-stringify round.
  const text =
    !received.includes('\\') && redact(received) === received
      ? received
      : JSON.stringify(redactValue(json, redact))
  const response = {
    status,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    cookies: [],
    body: text,
  }
  return { ok: true, response, json }
}
