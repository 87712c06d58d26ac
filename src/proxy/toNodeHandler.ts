import type { RuntimeProxyHandler } from './types.ts'

/** The parts of `node:http`'s `IncomingMessage` the adapter reads (Express's `req` fits too). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string
  readonly url?: string
  /** Express: the path before a router stripped its mount point. */
  readonly originalUrl?: string
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>
}

/** The parts of `node:http`'s `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number
  readonly headersSent?: boolean
  readonly writableFinished?: boolean
  setHeader(name: string, value: string): unknown
  write(chunk: Uint8Array): boolean
  end(): unknown
  once(event: 'close' | 'drain', listener: () => void): unknown
  removeListener(event: 'close' | 'drain', listener: () => void): unknown
}

/**
 * Adapts a fetch handler (from `createRuntimeProxy`) to a `node:http` / Express `(req, res)` listener.
 * The body is streamed to the handler and the response streamed back with backpressure; when the client
 * disconnects, the upstream request is aborted. Mount it before any body parser.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http'
 * import { createRuntimeProxy, toNodeHandler } from 'atthene-chat-kit/proxy'
 *
 * const proxy = createRuntimeProxy({ apiKey: process.env.ATTHENE_API_KEY!, allowedOrigins: ['http://localhost:5173'] })
 * createServer(toNodeHandler(proxy)).listen(8787)
 * ```
 */
export function toNodeHandler(
  handler: RuntimeProxyHandler,
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => void serve(handler, req, res)
}

async function serve(handler: RuntimeProxyHandler, req: NodeRequestLike, res: NodeResponseLike) {
  const abort = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) abort.abort()
  })
  try {
    const response = await handler(toRequest(req, abort.signal))
    res.statusCode = response.status
    response.headers.forEach((value, name) => res.setHeader(name, value))
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

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (`:path`) are not valid header names.
    if (value === undefined || name.startsWith(':')) continue
    for (const item of typeof value === 'string' ? [value] : value) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  // Concatenated, not `new URL(path, base)`: a path like `//evil.example/` must not become the host.
  const url = `http://${headers.get('host') ?? 'localhost'}${req.originalUrl ?? req.url ?? '/'}`
  const iterator = req[Symbol.asyncIterator]()
  const body =
    method === 'GET' || method === 'HEAD'
      ? null
      : new ReadableStream<Uint8Array>({
          async pull(controller) {
            const next = await iterator.next()
            if (next.done) controller.close()
            else
              controller.enqueue(
                typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value,
              )
          },
          async cancel() {
            await iterator.return?.()
          },
        })
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  return new Request(url, { method, headers, body, signal, duplex: 'half' } as RequestInit)
}
