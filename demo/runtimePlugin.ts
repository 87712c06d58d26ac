import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { createMockRuntime } from '../src/testing/createMockRuntime.ts'
import { createRuntimeProxy } from '../src/proxy/createRuntimeProxy.ts'
import type { Fault, FaultTarget } from '../src/testing/types.ts'

/** Where the page reaches the runtime: same origin, so the browser needs no CORS and no key. */
export const API_PATH = '/api/v1'

/**
 * Serves the Session Runtime API inside the dev server, on the page's own origin.
 * Without `ATTHENE_API_KEY`: the in-memory reference runtime (no key, no network).
 * With it: a proxy to the real API that adds the key on the server; the key never reaches the browser.
 */
export function runtimePlugin(): Plugin {
  const apiKey = process.env.ATTHENE_API_KEY
  const runtime = apiKey ? undefined : createMockRuntime({ latencyMs: [400, 900], autoCreateSessions: true })
  // The page's own origin: the dev server on localhost, whichever port it got.
  let port = ''
  const isDevOrigin = (origin: string) => {
    const url = new URL(origin)
    return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && url.port === port
  }
  const fixedSession = process.env.ATTHENE_SESSION_ID
  const handler = apiKey
    ? createRuntimeProxy({
        apiKey,
        upstream: process.env.ATTHENE_BASE_URL ?? 'https://api-be.atthene.com/api/v1',
        basePath: API_PATH,
        allowedOrigins: isDevOrigin,
        allowSessionCreation: true,
        // Sessions the proxy created are bound to this browser by a cookie; ATTHENE_SESSION_ID is allowed too.
        authorize: (_request, route) => route.owned !== false || route.sessionId === fixedSession,
      })
    : runtime!.handle

  return {
    name: 'atthene-runtime',
    config: () => ({
      define: {
        __ATTHENE_DEMO__: JSON.stringify({
          mode: apiKey ? 'live' : 'reference',
          agentKey: process.env.ATTHENE_AGENT_KEY ?? null,
          sessionId: process.env.ATTHENE_SESSION_ID ?? null,
        }),
      },
    }),
    configureServer(server) {
      server.httpServer?.on('listening', () => {
        const address = server.httpServer?.address()
        if (address && typeof address === 'object') port = String(address.port)
      })
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? ''
        if (runtime && url.startsWith('/__runtime/')) return void control(runtime, req, res)
        if (!url.startsWith(`${API_PATH}/`)) return next()
        void serveFetchHandler(handler, req, res)
      })
    },
    configurePreviewServer(server) {
      server.httpServer.on('listening', () => {
        const address = server.httpServer.address()
        if (address && typeof address === 'object') port = String(address.port)
      })
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').startsWith(`${API_PATH}/`)) return next()
        void serveFetchHandler(handler, req, res)
      })
    },
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Serves one Node request with a fetch handler (the reference runtime, or the proxy). */
export async function serveFetchHandler(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  try {
    const response = await handler(
      new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
        method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
      }),
    )
    res.statusCode = response.status
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value)
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length > 0) res.setHeader('set-cookie', cookies)
    res.end(Buffer.from(await response.arrayBuffer()))
  } catch {
    // The reference runtime drops the connection on purpose (fault `drop_connection`). Start the response first:
    // a browser silently resends a POST whose connection closed before any byte came back.
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"status":')
    setTimeout(() => res.destroy(), 20)
  }
}

/** Dev-only control endpoint for end-to-end tests: `POST /__runtime/inject`, `/__runtime/reset`, `GET /__runtime/executions`. */
async function control(
  runtime: ReturnType<typeof createMockRuntime>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local')
  const send = (value: unknown) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(value))
  }
  if (url.pathname === '/__runtime/inject') {
    const { fault, target } = JSON.parse((await readBody(req)).toString() || '{}') as {
      fault: Fault
      target?: FaultTarget
    }
    runtime.inject(fault, target)
    return send({ ok: true })
  }
  if (url.pathname === '/__runtime/reset') {
    runtime.reset()
    return send({ ok: true })
  }
  if (url.pathname === '/__runtime/executions') return send(runtime.executions)
  if (url.pathname === '/__runtime/history')
    return send(runtime.history(url.searchParams.get('session') ?? ''))
  if (url.pathname === '/__runtime/requests') return send(runtime.requestCounts)
  res.statusCode = 404
  send({ error: 'unknown control path' })
}
