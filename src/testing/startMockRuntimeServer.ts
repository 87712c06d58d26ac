import type { IncomingMessage, ServerResponse } from 'node:http'
import { ConnectionDroppedError } from './ConnectionDroppedError.ts'
import { createMockRuntime } from './createMockRuntime.ts'
import type { MockRuntime, MockRuntimeServer, StartMockRuntimeServerOptions } from './types.ts'

/** Hop-by-hop and length headers: the server and `Request` set their own. */
const SKIPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
])

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ?? 'content-type, x-api-key, authorization',
    'access-control-expose-headers': 'retry-after, x-request-id, date',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SKIPPED.has(name)) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, signal })
}

async function writeResponse(res: ServerResponse, response: Response, cors: Record<string, string>) {
  res.statusCode = response.status
  for (const [name, value] of Object.entries(cors)) res.setHeader(name, value)
  response.headers.forEach((value, name) => res.setHeader(name, value))
  const reader = response.body?.getReader()
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    if (res.destroyed) return void reader?.cancel()
    res.write(chunk.value)
  }
  res.end()
}

async function serve(
  runtime: MockRuntime,
  origin: string,
  cors: boolean,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const headers = cors ? corsHeaders(req) : {}
  if (cors && req.method === 'OPTIONS') {
    res.writeHead(204, headers).end()
    return
  }
  const aborted = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) aborted.abort()
  })
  try {
    const response = await runtime.handle(await toRequest(req, origin, aborted.signal))
    await writeResponse(res, response, headers)
  } catch (error) {
    if (error instanceof ConnectionDroppedError || res.headersSent) {
      req.socket.destroy()
      return
    }
    res.writeHead(500, { 'content-type': 'text/plain', ...headers }).end(String(error))
  }
}

/**
 * Serves a reference runtime over real HTTP (Node only), for the demo and for tests of the client over
 * 127.0.0.1. A dropped connection (fault `drop_connection`) destroys the socket.
 * @example
 * const server = await startMockRuntimeServer({ latencyMs: 0 })
 * const client = createRuntimeClient({ baseUrl: server.baseUrl })
 * await server.close()
 */
export async function startMockRuntimeServer(
  options: StartMockRuntimeServerOptions = {},
): Promise<MockRuntimeServer> {
  const { port = 0, host = '127.0.0.1', runtime: given, cors = true, ...runtimeOptions } = options
  const runtime = given ?? createMockRuntime(runtimeOptions)
  // Loaded on call, through a variable, so bundlers of the testing entry for a browser leave node:http alone.
  const nodeHttp = 'node:http'
  const { createServer } = (await import(/* @vite-ignore */ nodeHttp)) as typeof import('node:http')
  let origin = ''
  const server = createServer((req, res) => void serve(runtime, origin, cors, req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`
  return {
    runtime,
    origin,
    baseUrl: `${origin}/api/v1`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
