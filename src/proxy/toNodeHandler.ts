import { createAbort } from './createAbort.ts'
import { forwardedClientAddress } from './forwardedClientAddress.ts'
import type { UpstreamTransport } from './exchangeUpstream.ts'
import { nodeBodyReader } from './nodeBodyReader.ts'
import { nodeHeader } from './nodeHeader.ts'
import { nodeUpstream, type NodeHttpModule } from './nodeUpstream.ts'
import type { ProxyAnswer } from './proxyAnswer.ts'
import { proxyError } from './proxyError.ts'
import type { BodyReader, ProxyRequest } from './proxyRequest.ts'
import { runtimeProxyEntries, type RuntimeProxyEntry } from './runtimeProxyEntries.ts'
import type { RuntimeProxyHandler, RuntimeProxyRequestInfo } from './types.ts'

/** The parts of `node:http`'s `IncomingMessage` the adapter reads (Express's `req` fits too). */
export interface NodeRequestLike {
  readonly method?: string
  readonly url?: string
  /** Express: the path before a router stripped its mount point. */
  readonly originalUrl?: string
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>
  /** `true` once the whole request, body included, has arrived. */
  readonly complete?: boolean
  readonly socket?: { readonly remoteAddress?: string }
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown
  on(event: 'end' | 'close', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  pause(): unknown
  resume(): unknown
}

/** The parts of `node:http`'s `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number
  readonly headersSent?: boolean
  readonly writableFinished?: boolean
  setHeader(name: string, value: string | string[]): unknown
  write(chunk: Uint8Array): boolean
  end(chunk?: string): unknown
  once(event: 'close' | 'drain', listener: () => void): unknown
  removeListener(event: 'close' | 'drain', listener: () => void): unknown
}

/** Options of `toNodeHandler`. */
export interface NodeHandlerOptions {
  /**
   * How many reverse proxies or load balancers you run in front of this server, each appending the address it was
   * reached from to `X-Forwarded-For`. `clientAddress` (the rate limit's default visitor) is then taken from that
   * header, this many entries from its right, instead of the socket's address (which is the nearest proxy's).
   * Count only proxies you run: entries further left come from the client and are never used. @default 0
   */
  readonly trustedProxies?: number
}

/** Methods a fetch `Request` cannot carry (it throws); answered 405 before one is built. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/**
 * Adapts a fetch handler (from `createRuntimeProxy`) to a `node:http` / Express `(req, res)` listener.
 * The body is passed to the handler with backpressure (nothing is read before the handler asks), and the
 * response written back; when the client disconnects, the upstream request is aborted. A response sent before
 * the body was read (413, 408, 429) closes the connection after it, so the client receives it.
 * Passes the socket's address as `clientAddress`, or behind `trustedProxies` the client's address from
 * `X-Forwarded-For`. Mount it before any body parser. A proxy from
 * `createRuntimeProxy` without its own `fetch` reaches the upstream through `node:http` / `node:https` with
 * keep-alive connections (one pool per adapter) rather than `fetch`, under the same deadlines and caps, and it
 * reads the request and writes the answer without building a fetch `Request` or `Response` (its `authorize` and
 * `rateLimit.visitor` get a `Request` without a body, built only when they are called).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createRuntimeProxy, toNodeHandler } from 'atthene-chat-kit/proxy'
 *
 * const proxy = createRuntimeProxy({
 *   apiKey: process.env.ATTHENE_API_KEY!,
 *   publicOrigin: 'http://localhost:5173',
 *   allowedOrigins: [],
 * })
 * createServer(toNodeHandler(proxy)).listen(8787)
 * // behind one load balancer that appends to X-Forwarded-For:
 * // createServer(toNodeHandler(proxy, { trustedProxies: 1 })).listen(8787)
 * ```
 */
export function toNodeHandler(
  handler: RuntimeProxyHandler,
  options: NodeHandlerOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  const trusted = options.trustedProxies ?? 0
  if (!Number.isInteger(trusted) || trusted < 0) {
    throw new TypeError('toNodeHandler: `trustedProxies` must be a whole number of proxies, 0 or more.')
  }
  const info = (req: NodeRequestLike): RuntimeProxyRequestInfo => ({
    clientAddress:
      trusted === 0
        ? req.socket?.remoteAddress
        : forwardedClientAddress(
            req.socket?.remoteAddress,
            nodeHeader(req.headers, 'x-forwarded-for'),
            trusted,
          ),
  })
  const entry = runtimeProxyEntries.get(handler)
  if (!entry) return (req, res) => void serveFetch(handler, info(req), req, res)
  let transport: UpstreamTransport | undefined
  const loaded = loadNodeTransport().then((loaded) => (transport = loaded))
  return (req, res) => void serveEntry(entry, () => transport ?? loaded, info(req), req, res)
}

/**
 * `node:http` and `node:https`, loaded on first use through a variable so that bundlers for edge runtimes (which
 * import this entry for `createRuntimeProxy`) leave them alone; `undefined` (fetch then) where they are missing.
 */
async function loadNodeTransport(): Promise<UpstreamTransport | undefined> {
  const load = (name: string) => import(/* @vite-ignore */ name) as Promise<NodeHttpModule>
  try {
    const [http, https] = await Promise.all([load('node:http'), load('node:https')])
    return nodeUpstream(http, https)
  } catch {
    return undefined
  }
}

/** Calls `abort` when the client goes away before the response was written. */
function onClientGone(res: NodeResponseLike, abort: () => void) {
  res.once('close', () => {
    if (!res.writableFinished) abort()
  })
}

const refuseMethod = (method: string) =>
  proxyError(405, 'proxy_refused', `The proxy does not forward ${method}.`, { allow: 'GET, POST, OPTIONS' })

/** A proxy from `createRuntimeProxy`: the request read and the answer written in the proxy's own form. */
async function serveEntry(
  entry: RuntimeProxyEntry,
  transport: () => UpstreamTransport | undefined | Promise<UpstreamTransport | undefined>,
  info: RuntimeProxyRequestInfo,
  req: NodeRequestLike,
  res: NodeResponseLike,
) {
  const method = (req.method ?? 'GET').toUpperCase()
  const gone = createAbort()
  onClientGone(res, gone.abort)
  const body = hasBody(method) ? nodeBodyReader(req) : undefined
  let fetchRequest: Request | undefined
  const request: ProxyRequest = {
    method,
    url: requestUrl(req),
    header: (name) => nodeHeader(req.headers, name),
    body: body?.reader ?? null,
    onClientGone: gone.onAbort,
    // Without a signal to follow: a Request that follows one costs several times one that does not.
    toRequest: () => (fetchRequest ??= new Request(request.url, { method, headers: headerRecord(req) })),
  }
  let answer: ProxyAnswer
  try {
    answer = FORBIDDEN_METHODS.has(method)
      ? refuseMethod(method)
      : await entry(request, info, await transport())
  } catch {
    answer = { status: 500, headers: {}, cookies: [], body: null }
  }
  writeAnswer(res, answer, arrived(req, body))
}

/** Whether the whole request has arrived: Node would wait for (or drain) the rest of an unread body otherwise. */
const arrived = (req: NodeRequestLike, body: { ended(): boolean } | undefined) =>
  body ? body.ended() : req.complete === true

/** Writes an answer with one `end()`: given the whole body, Node sends Content-Length rather than chunks. */
function writeAnswer(res: NodeResponseLike, answer: ProxyAnswer, requestArrived: boolean) {
  res.statusCode = answer.status
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
  if (answer.cookies.length > 0) res.setHeader('set-cookie', [...answer.cookies])
  if (!requestArrived) res.setHeader('connection', 'close')
  res.end(answer.body ?? undefined)
}

/** Any other fetch handler: a fetch `Request` in, its `Response` streamed back. */
async function serveFetch(
  handler: RuntimeProxyHandler,
  info: RuntimeProxyRequestInfo,
  req: NodeRequestLike,
  res: NodeResponseLike,
) {
  const method = (req.method ?? 'GET').toUpperCase()
  const controller = new AbortController()
  onClientGone(res, () => controller.abort())
  const signal = controller.signal
  const body = hasBody(method) ? nodeBodyReader(req) : undefined
  try {
    if (FORBIDDEN_METHODS.has(method)) return writeAnswer(res, refuseMethod(method), arrived(req, body))
    const stream = body ? toStream(body.reader) : null
    const response = await handler(toRequest(req, method, stream, signal), info)
    res.statusCode = response.status
    const cookies = response.headers.getSetCookie()
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value)
    })
    if (cookies.length > 0) res.setHeader('set-cookie', cookies)
    if (!arrived(req, body)) res.setHeader('connection', 'close')
    const reader = response.body?.getReader()
    while (reader && !signal.aborted) {
      const { done, value } = await reader.read()
      if (done) break
      if (!res.write(value)) await drained(res)
    }
    if (signal.aborted) await reader?.cancel()
  } catch {
    if (!res.headersSent) res.statusCode = 500
  }
  res.end()
}

/** Waits until the socket takes more data, or closes. */
function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.removeListener('drain', done)
      res.removeListener('close', done)
      resolve()
    }
    res.once('drain', done)
    res.once('close', done)
  })
}

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && !FORBIDDEN_METHODS.has(method)

/** A body reader as a web stream that pulls one chunk at a time. */
function toStream(reader: BodyReader): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await reader.read()
        if (chunk) controller.enqueue(chunk)
        else controller.close()
      },
      cancel: () => reader.cancel(),
    },
    { highWaterMark: 0 },
  )
}

/**
 * Concatenated, not `new URL(path, base)`: a path like `//evil.example/` must not become the host. The host is
 * only used to parse the path: no decision depends on it.
 */
function requestUrl(req: NodeRequestLike): string {
  const host = nodeHeader(req.headers, 'host') ?? ''
  return `http://${/^[\w.:[\]-]+$/.test(host) ? host : 'localhost'}${req.originalUrl ?? req.url ?? '/'}`
}

/**
 * The request headers as one record, repeated ones joined: a `Request` built from a record costs half of one built
 * from name-value pairs. HTTP/2 pseudo-headers (`:path`) are not valid names and left out.
 */
function headerRecord(req: NodeRequestLike): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of Object.keys(req.headers)) {
    const value = nodeHeader(req.headers, name)
    if (value !== null && !name.startsWith(':')) headers[name] = value
  }
  return headers
}

function toRequest(
  req: NodeRequestLike,
  method: string,
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
): Request {
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  const init = { method, headers: headerRecord(req), body, signal, duplex: 'half' }
  return new Request(requestUrl(req), init)
}
