import { corsHeaders, preflightHeaders } from './corsHeaders.ts'
import { createOriginCheck } from './createOriginCheck.ts'
import { fetchUpstream } from './fetchUpstream.ts'
import { filterQuery } from './filterQuery.ts'
import { clientResponseHeaders, upstreamRequestHeaders } from './forwardHeaders.ts'
import { matchRoute } from './matchRoute.ts'
import { proxyError } from './proxyError.ts'
import { readLimitedBody } from './readLimitedBody.ts'
import { splitPath } from './splitPath.ts'
import type {
  RuntimeProxyErrorType,
  RuntimeProxyEvent,
  RuntimeProxyHandler,
  RuntimeProxyOptions,
} from './types.ts'

const DEFAULT_UPSTREAM = 'https://api-be.atthene.com/api/v1'

/**
 * Creates the integrator's backend for the chat widget: a fetch handler that forwards only the runtime
 * endpoints (execute, messages, status, get session; session creation and uploads when enabled) to the
 * Atthene API with `x-api-key` added server side, so the browser never holds the key. Everything else gets
 * a 403/404/405 JSON `{ error: { type: 'proxy_refused', message } }`. CORS is answered for `allowedOrigins`.
 *
 * @example Next.js route handler, `app/api/atthene/[...path]/route.ts`
 * ```ts
 * import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
 *
 * const handler = createRuntimeProxy({
 *   apiKey: process.env.ATTHENE_API_KEY!,
 *   basePath: '/api/atthene',
 *   allowedOrigins: ['https://app.example.com'],
 * })
 * export const POST = handler
 * export const GET = handler
 * export const OPTIONS = handler
 * // in the page: <ChatWidget baseUrl="/api/atthene" sessionId={id} />
 * ```
 *
 * @example Node, with `toNodeHandler`
 * ```ts
 * import { createServer } from 'node:http'
 * import { createRuntimeProxy, toNodeHandler } from 'atthene-chat-kit/proxy'
 *
 * const proxy = createRuntimeProxy({ apiKey: process.env.ATTHENE_API_KEY!, allowedOrigins: ['http://localhost:5173'] })
 * createServer(toNodeHandler(proxy)).listen(8787)
 * // Express: app.use('/api/atthene', toNodeHandler(proxy)), before any body parser
 * ```
 */
export function createRuntimeProxy(options: RuntimeProxyOptions): RuntimeProxyHandler {
  const apiKey = typeof options.apiKey === 'string' ? options.apiKey.trim() : ''
  if (!apiKey) {
    throw new TypeError(
      'createRuntimeProxy: `apiKey` is empty. Pass the Atthene API key from server-side configuration, e.g. process.env.ATTHENE_API_KEY.',
    )
  }
  const upstream = (options.upstream ?? DEFAULT_UPSTREAM).replace(/\/+$/, '')
  if (!/^https?:\/\/[^/]/.test(upstream)) {
    throw new TypeError('createRuntimeProxy: `upstream` must be an http(s) URL.')
  }
  const basePath = options.basePath?.split('/').filter(Boolean)
  const isAllowedOrigin = createOriginCheck(options.allowedOrigins)
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024
  const timeoutMs = options.timeoutMs ?? 120_000
  const fetchImplementation: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init))
  const redact = (text: string) => text.split(apiKey).join('[redacted]')
  const emit = (event: RuntimeProxyEvent) => {
    const entries = Object.entries(event).map(([name, value]) => [
      name,
      typeof value === 'string' ? redact(value) : value,
    ])
    try {
      options.onEvent?.(Object.fromEntries(entries) as RuntimeProxyEvent)
    } catch {
      // A failing logger must not break the proxy.
    }
  }

  return async function handleRuntimeRequest(request) {
    const started = Date.now()
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const path = url.pathname
    const origin = request.headers.get('origin')
    emit({ type: 'request', method, path, origin })
    const refuse = (
      status: number,
      message: string,
      headers: HeadersInit,
      type: RuntimeProxyErrorType = 'proxy_refused',
    ) => {
      emit({ type: 'refused', method, path, status, reason: message })
      return proxyError(status, type, message, headers)
    }

    if (origin !== null && origin !== url.origin && !isAllowedOrigin(origin)) {
      return refuse(403, 'This origin is not allowed to use the proxy.', { vary: 'Origin' })
    }
    const cors = corsHeaders(origin)
    if (method === 'OPTIONS') {
      const headers = origin === null ? { allow: 'GET, POST, OPTIONS' } : preflightHeaders(origin)
      return new Response(null, { status: 204, headers })
    }

    // A path outside basePath has no segments, and no route matches none.
    const segments = splitPath(path, basePath) ?? []
    const match = matchRoute(method, segments)
    if (match.kind === 'none') return refuse(404, 'The proxy does not forward this path.', cors)
    if (match.kind === 'method') {
      return refuse(405, `The proxy does not forward ${method} here.`, { ...cors, allow: match.allow })
    }
    const { route, definition } = match
    if (definition.gate && options[definition.gate] !== true) {
      return refuse(403, `The proxy does not forward ${route.name} (enable ${definition.gate}).`, cors)
    }
    if (options.authorize) {
      const allowed = await Promise.resolve()
        .then(() => options.authorize?.(request, route))
        .catch(() => false)
      if (allowed !== true) return refuse(403, 'The request was not authorized.', cors)
    }
    const query = filterQuery(url.searchParams, definition.query)
    if (route.name === 'createSessionFromAgentKey' && !query) {
      return refuse(400, 'The agent_key query parameter is required.', cors)
    }
    let body: Uint8Array<ArrayBuffer> | undefined
    if (method === 'POST') {
      body = await readLimitedBody(request, maxBodyBytes)
      if (!body) {
        return refuse(
          413,
          `The request body is larger than ${maxBodyBytes} bytes.`,
          cors,
          'payload_too_large',
        )
      }
    }

    const result = await fetchUpstream(
      fetchImplementation,
      `${upstream}/${segments.join('/')}/${query}`,
      { method, headers: upstreamRequestHeaders(request.headers, apiKey, options.headers), body },
      timeoutMs,
      request.signal,
    )
    const base = { method, path, route: route.name }
    if (!result.ok) {
      emit({ type: 'error', ...base, status: result.status, errorType: result.type, message: result.detail })
      return proxyError(result.status, result.type, result.message, cors)
    }
    const { response } = result
    emit({ type: 'response', ...base, status: response.status, durationMs: Date.now() - started })
    // Error bodies are small: read them to make sure an upstream that echoes the key cannot leak it.
    const responseBody = response.ok ? response.body : redact(await response.text().catch(() => ''))
    return new Response(responseBody, {
      status: response.status,
      headers: clientResponseHeaders(response.headers, cors, redact),
    })
  }
}
