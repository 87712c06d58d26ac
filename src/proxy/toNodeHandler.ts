import type { UpstreamTransport } from './exchangeUpstream.ts'
import { nodeUpstream, type NodeHttpModule } from './nodeUpstream.ts'
import { proxyError } from './proxyError.ts'
import { runtimeProxyEntries } from './runtimeProxyEntries.ts'
import type { RuntimeProxyHandler } from './types.ts'

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
  on(event: 'end', listener: () => void): unknown
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
  end(): unknown
  once(event: 'close' | 'drain', listener: () => void): unknown
  removeListener(event: 'close' | 'drain', listener: () => void): unknown
}

/** Methods a fetch `Request` cannot carry (it throws); answered 405 before one is built. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/**
 * Adapts a fetch handler (from `createRuntimeProxy`) to a `node:http` / Express `(req, res)` listener.
 * The body is streamed to the handler with backpressure (nothing is read before the handler asks), and the
 * response written back; when the client disconnects, the upstream request is aborted. A response sent before
 * the body was read (413, 408, 429) closes the connection after it, so the client receives it.
 * Passes the socket's address as `clientAddress`. Mount it before any body parser. A proxy from
 * `createRuntimeProxy` without its own `fetch` reaches the upstream through `node:http` / `node:https` with
 * keep-alive connections (one pool per adapter) rather than `fetch`, under the same deadlines and caps.
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
 * ```
 */
export function toNodeHandler(
  handler: RuntimeProxyHandler,
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  const entry = runtimeProxyEntries.get(handler)
  let transport: UpstreamTransport | undefined
  const loaded = entry && loadNodeTransport().then((loaded) => (transport = loaded))
  const call: RuntimeProxyHandler = entry
    ? async (request, info) => entry(request, info ?? {}, transport ?? (await loaded))
    : handler
  return (req, res) => void serve(call, req, res)
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

async function serve(handler: RuntimeProxyHandler, req: NodeRequestLike, res: NodeResponseLike) {
  const abort = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) abort.abort()
  })
  const method = (req.method ?? 'GET').toUpperCase()
  const body = streamBody(req, method)
  try {
    const response = FORBIDDEN_METHODS.has(method)
      ? proxyError(405, 'proxy_refused', `The proxy does not forward ${method}.`, {
          allow: 'GET, POST, OPTIONS',
        })
      : await handler(toRequest(req, method, body.stream, abort.signal), {
          clientAddress: req.socket?.remoteAddress,
        })
    res.statusCode = response.status
    const cookies = response.headers.getSetCookie()
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value)
    })
    if (cookies.length > 0) res.setHeader('set-cookie', cookies)
    // Node would wait for (or drain) the rest of an unread body before the next request: close instead.
    if (!body.ended()) res.setHeader('connection', 'close')
    const reader = response.body?.getReader()
    while (reader && !abort.signal.aborted) {
      const { done, value } = await reader.read()
      if (done) break
      if (!res.write(value)) await drained(res)
    }
    if (abort.signal.aborted) await reader?.cancel()
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

/**
 * The request body as a web stream that reads from the socket only when pulled. Cancelling it (the handler
 * refused the body) pauses the socket rather than destroying it, so that the refusal can still be sent.
 */
function streamBody(req: NodeRequestLike, method: string) {
  let ended = req.complete === true
  if (method === 'GET' || method === 'HEAD' || FORBIDDEN_METHODS.has(method)) {
    return { stream: null, ended: () => ended || req.complete === true }
  }
  req.pause()
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk) => {
          if (ended) return
          controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        })
        req.on('end', () => {
          if (ended) return
          ended = true
          controller.close()
        })
        req.on('error', (error) => controller.error(error))
      },
      pull() {
        req.resume()
      },
      cancel() {
        req.pause()
      },
    },
    { highWaterMark: 1 },
  )
  return { stream, ended: () => ended || req.complete === true }
}

function toRequest(
  req: NodeRequestLike,
  method: string,
  body: ReadableStream<Uint8Array> | null,
  signal: AbortSignal,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (`:path`) are not valid header names.
    if (value === undefined || name.startsWith(':')) continue
    for (const item of typeof value === 'string' ? [value] : value) headers.append(name, item)
  }
  // Concatenated, not `new URL(path, base)`: a path like `//evil.example/` must not become the host. The host
  // is only used to parse the path: no decision depends on it.
  const host = headers.get('host') ?? ''
  const url = `http://${/^[\w.:[\]-]+$/.test(host) ? host : 'localhost'}${req.originalUrl ?? req.url ?? '/'}`
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  return new Request(url, { method, headers, body, signal, duplex: 'half' } as RequestInit)
}
