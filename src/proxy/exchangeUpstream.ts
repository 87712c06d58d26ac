import { createAbort, type AbortHook } from './createAbort.ts'

/** The upstream response, read in full, or why there is none. */
export type UpstreamResult =
  | {
      readonly ok: true
      readonly status: number
      readonly headers: UpstreamHeaders
      readonly body: Uint8Array
    }
  | {
      readonly ok: false
      readonly status: 502 | 504
      readonly type: 'upstream_unreachable' | 'upstream_timeout' | 'upstream_invalid_response'
      /** For the browser: generic. */
      readonly message: string
      /** For `onEvent`: the underlying failure (to be redacted by the caller). */
      readonly detail: string
    }

/** Reads one response header (a fetch `Headers` fits). */
export interface UpstreamHeaders {
  get(name: string): string | null
}

/** Limits of one upstream exchange. */
export interface UpstreamLimits {
  /** For the whole response, headers and body; `0` for none. */
  readonly timeoutMs: number
  /** Longest pause between two chunks of the body. */
  readonly idleTimeoutMs: number
  /** Largest success body. */
  readonly maxBytes: number
  /** Largest error body (status >= 400). */
  readonly maxErrorBytes: number
}

/** One request to the upstream, with the key already in `headers`. */
export interface UpstreamRequest {
  readonly url: string
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array<ArrayBuffer> | undefined
}

/** Sends a request upstream and reads its answer under `limits`; aborted when the client goes away (`onClientGone`). */
export type UpstreamTransport = (
  request: UpstreamRequest,
  limits: UpstreamLimits,
  onClientGone: AbortHook | undefined,
) => Promise<UpstreamResult>

/** What a transport opened: the status and headers, and the body still to be read. */
export interface OpenedResponse {
  readonly status: number
  readonly headers: UpstreamHeaders
  /** Pulls the next chunk of the body; `undefined` at its end. Rejects once the exchange is aborted. */
  read(): Promise<Uint8Array | undefined>
  /** Stops reading and lets the connection go. */
  cancel(): void
}

/**
 * Runs one upstream exchange opened by `open`, for every transport alike: no redirect is followed (it would carry
 * `x-api-key` to wherever it points), the whole body is read under one deadline for the whole exchange, an idle
 * limit between chunks and a size cap (smaller for error bodies). Aborts when the browser's request is aborted.
 */
export async function exchangeUpstream(
  open: (onAbort: AbortHook) => Promise<OpenedResponse>,
  limits: UpstreamLimits,
  onClientGone: AbortHook | undefined,
): Promise<UpstreamResult> {
  const exchange = createAbort()
  let timedOut = false
  const expire = () => {
    timedOut = true
    exchange.abort()
  }
  const deadline = limits.timeoutMs > 0 ? setTimeout(expire, limits.timeoutMs) : undefined
  let idle: ReturnType<typeof setTimeout> | undefined
  const forgetClient = onClientGone?.(exchange.abort)
  try {
    const response = await open(exchange.onAbort)
    if (response.status >= 300 && response.status < 400) {
      response.cancel()
      return failure(
        502,
        'upstream_unreachable',
        'upstream answered with a redirect, which the proxy does not follow',
      )
    }
    const maxBytes = response.status >= 400 ? limits.maxErrorBytes : limits.maxBytes
    if (Number(response.headers.get('content-length')) > maxBytes) {
      response.cancel()
      return failure(502, 'upstream_invalid_response', `upstream body larger than ${maxBytes} bytes`)
    }
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      clearTimeout(idle)
      idle = setTimeout(expire, limits.idleTimeoutMs)
      const value = await response.read()
      if (value === undefined) break
      size += value.byteLength
      if (size > maxBytes) {
        exchange.abort()
        response.cancel()
        return failure(502, 'upstream_invalid_response', `upstream body larger than ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
    return { ok: true, status: response.status, headers: response.headers, body: concat(chunks, size) }
  } catch (error) {
    if (timedOut) {
      const message = 'The Atthene API did not answer in time.'
      return { ok: false, status: 504, type: 'upstream_timeout', message, detail: message }
    }
    return failure(502, 'upstream_unreachable', describe(error))
  } finally {
    clearTimeout(deadline)
    clearTimeout(idle)
    forgetClient?.()
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** `TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:443)`: Node puts the reason in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return `${error.name}: ${error.message}${cause}`
}

function failure(
  status: 502,
  type: 'upstream_unreachable' | 'upstream_invalid_response',
  detail: string,
): UpstreamResult {
  const message =
    type === 'upstream_unreachable'
      ? 'The Atthene API could not be reached.'
      : 'The Atthene API sent a response the proxy does not pass on.'
  return { ok: false, status, type, message, detail }
}
