import { corsHeaders, preflightHeaders } from './corsHeaders.ts'
import { createOriginCheck } from './createOriginCheck.ts'
import { createRateLimiter } from './createRateLimiter.ts'
import { createRedactor } from './createRedactor.ts'
import { createSessionBinding } from './createSessionBinding.ts'
import type { UpstreamTransport } from './exchangeUpstream.ts'
import { fetchUpstream } from './fetchUpstream.ts'
import { filterQuery } from './filterQuery.ts'
import { upstreamRequestHeaders } from './forwardHeaders.ts'
import { matchRoute } from './matchRoute.ts'
import { toResponse, type ProxyAnswer } from './proxyAnswer.ts'
import { proxyError, SAFE_HEADERS } from './proxyError.ts'
import { fromRequest, type ProxyRequest } from './proxyRequest.ts'
import { runtimeProxyEntries } from './runtimeProxyEntries.ts'
import { createByteBudget, readLimitedBody } from './readLimitedBody.ts'
import { sessionIdOf } from './sessionIdOf.ts'
import { splitPath } from './splitPath.ts'
import { toClientResponse } from './toClientResponse.ts'
import type {
  RuntimeProxyErrorType,
  RuntimeProxyEvent,
  RuntimeProxyHandler,
  RuntimeProxyOptions,
  RuntimeProxyRequestInfo,
  RuntimeProxyRoute,
} from './types.ts'

const DEFAULT_UPSTREAM = 'https://api-be.atthene.com/api/v1'
const MB = 1024 * 1024

/**
 * Creates the integrator's backend for the chat widget: a fetch handler that forwards only the runtime
 * endpoints (execute, messages, status, get session; session creation and uploads when enabled) to the
 * Atthene API with `x-api-key` added server side, so the browser never holds the key. Bodies are capped and
 * timed, visitors rate limited, sessions bound to the visitor who created them, and only JSON (with the key
 * redacted) comes back. Refusals are JSON `{ error: { type, message } }`. See docs/proxy.md.
 *
 * @example Next.js route handler, `app/api/atthene/[...path]/route.ts`
 * ```ts
 * import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
 *
 * const handler = createRuntimeProxy({
 *   apiKey: process.env.ATTHENE_API_KEY!,
 *   basePath: '/api/atthene',
 *   publicOrigin: 'https://app.example.com',
 *   allowedOrigins: [],
 *   allowSessionCreation: true,
 *   sessionSecret: process.env.ATTHENE_PROXY_SECRET,
 * })
 * export const POST = handler
 * export const GET = handler
 * export const OPTIONS = handler
 * // in the page: <ChatWidget baseUrl="/api/atthene" agentKey="support" />
 * ```
 *
 * @example Node, with `toNodeHandler`
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
  const checkOrigin = createOriginCheck(options.allowedOrigins, options.publicOrigin)
  const credentials = options.allowedOrigins !== '*'
  const budget = createByteBudget(options.maxBufferedBytes ?? 16 * MB)
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000
  const limits = {
    timeoutMs: options.timeoutMs ?? 120_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 15_000,
    maxBytes: options.maxResponseBytes ?? 8 * MB,
    maxErrorBytes: 64 * 1024,
  }
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? {})
  const charge = rateLimit && createRateLimiter(rateLimit)
  const binding = options.bindSessions === false ? undefined : createSessionBinding(options.sessionSecret)
  const publicHttps = [options.publicOrigin ?? []].flat().some((own) => own.startsWith('https:'))
  const crossSite = typeof options.allowedOrigins === 'function' || options.allowedOrigins.length > 0
  const cookiePath = basePath ? `/${basePath.join('/')}` : '/'
  const fetchTransport = fetchUpstream(options.fetch ?? ((input, init) => fetch(input, init)))
  const extraHeaders: Record<string, string> = Object.fromEntries(new Headers(options.headers))
  const redact = createRedactor(apiKey)
  const emit = (event: RuntimeProxyEvent) => {
    if (!options.onEvent) return
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

  /** `transport`: the adapter's own (toNodeHandler's), used unless the integrator passed `fetch`. */
  async function handle(
    request: ProxyRequest,
    info: RuntimeProxyRequestInfo,
    transport: UpstreamTransport | undefined,
  ): Promise<ProxyAnswer> {
    const started = Date.now()
    const url = new URL(request.url)
    const method = request.method
    const path = url.pathname
    const origin = request.header('origin')
    emit({ type: 'request', method, path, origin })
    const refuse = (
      status: number,
      message: string,
      headers: Record<string, string>,
      type: RuntimeProxyErrorType = 'proxy_refused',
    ) => {
      emit({ type: 'refused', method, path, status, reason: message })
      return proxyError(status, type, message, headers)
    }

    if (origin !== null && checkOrigin(origin) === 'refused') {
      return refuse(403, 'This origin is not allowed to use the proxy.', { vary: 'Origin' })
    }
    const cors = corsHeaders(origin, credentials)
    if (method === 'OPTIONS') {
      const headers =
        origin === null ? { allow: 'GET, POST, OPTIONS' } : preflightHeaders(origin, credentials)
      return { status: 204, headers: { ...headers, ...SAFE_HEADERS }, cookies: [], body: null }
    }

    // A path outside basePath has no segments, and no route matches none.
    const segments = splitPath(path, basePath) ?? []
    const match = matchRoute(method, segments)
    if (match.kind === 'none') return refuse(404, 'The proxy does not forward this path.', cors)
    if (match.kind === 'method') {
      return refuse(405, `The proxy does not forward ${method} here.`, { ...cors, allow: match.allow })
    }
    const { definition } = match
    if (definition.gate && options[definition.gate] !== true) {
      return refuse(403, `The proxy does not forward ${match.route.name} (enable ${definition.gate}).`, cors)
    }
    const owned = binding ? await binding.owned(request.header('cookie')) : []
    const route: RuntimeProxyRoute =
      binding && match.route.sessionId !== undefined
        ? { ...match.route, owned: owned.includes(match.route.sessionId) }
        : match.route
    const allowed = options.authorize
      ? await Promise.resolve()
          .then(() => options.authorize?.(request.toRequest(), route))
          .catch(() => false)
      : route.owned !== false
    if (allowed !== true) {
      if (route.owned === false) {
        const message = 'This session does not exist or was not started here.'
        return refuse(404, message, cors, 'session_not_found')
      }
      return refuse(403, 'The request was not authorized.', cors)
    }
    const query = filterQuery(url.searchParams, definition.query)
    if (route.name === 'createSessionFromAgentKey' && !query) {
      return refuse(400, 'The agent_key query parameter is required.', cors)
    }

    const visitor = rateLimit?.visitor?.(request.toRequest(), info) ?? info.clientAddress ?? 'unknown'
    const limited = async (bytes: number, requests: number) => {
      if (!charge) return undefined
      const executes = requests > 0 && route.name === 'execute' ? 1 : 0
      const verdict = await charge(visitor, { requests, bytes, executes }).catch((error: unknown) => {
        emit({ type: 'limiter_error', message: error instanceof Error ? error.message : String(error) })
        return { ok: true } as const
      })
      if (verdict.ok) return undefined
      const headers = { ...cors, 'retry-after': String(verdict.retryAfterSeconds) }
      return refuse(429, verdict.message, headers, 'rate_limited')
    }
    const announced = Number(request.header('content-length') ?? Number.NaN)
    const refusal = await limited(Number.isFinite(announced) ? announced : 0, 1)
    if (refusal) return refusal

    let body: Uint8Array<ArrayBuffer> | undefined
    let reserved = 0
    if (method === 'POST') {
      const maxBytes =
        route.name === 'uploadFile' ? (options.maxUploadBytes ?? 10 * MB) : (options.maxBodyBytes ?? 5 * MB)
      const deadline = started + bodyTimeoutMs
      const result = await readLimitedBody(announced, request.body, maxBytes, deadline, budget)
      switch (result.kind) {
        case 'too_large':
          return refuse(413, `The request body is larger than ${maxBytes} bytes.`, cors, 'payload_too_large')
        case 'timeout':
          return refuse(408, 'The request body did not arrive in time.', cors, 'request_timeout')
        case 'busy':
          return refuse(503, 'The proxy is busy; try again.', { ...cors, 'retry-after': '1' }, 'proxy_busy')
        case 'ok':
          break
        default:
          return result satisfies never
      }
      body = result.body
      reserved = result.reserved
      const overBytes = Number.isFinite(announced) ? undefined : await limited(body.byteLength, 0)
      if (overBytes) {
        budget.release(reserved)
        return overBytes
      }
    }

    const headers = upstreamRequestHeaders(request.header, apiKey, extraHeaders)
    const target = `${upstream}/${segments.join('/')}/${query}`
    const send = (!options.fetch && transport) || fetchTransport
    const result = await send({ url: target, method, headers, body }, limits, request.onClientGone)
    budget.release(reserved)
    const base = { method, path, route: route.name }
    if (!result.ok) {
      emit({ type: 'error', ...base, status: result.status, errorType: result.type, message: result.detail })
      return proxyError(result.status, result.type, result.message, cors)
    }
    const answer = toClientResponse(result.status, result.headers, result.body, cors, redact)
    if (!answer.ok && answer.response.status === 502) {
      const errorType = 'upstream_invalid_response'
      emit({ type: 'error', ...base, status: 502, errorType, message: answer.detail })
      return answer.response
    }
    const sessionId = answer.ok && result.status < 300 ? sessionIdOf(route.name, answer.json) : undefined
    const scope = { path: cookiePath, secure: publicHttps || url.protocol === 'https:', crossSite }
    const cookies = binding && sessionId ? [await binding.bind(owned, sessionId, scope)] : []
    emit({ type: 'response', ...base, status: answer.response.status, durationMs: Date.now() - started })
    return cookies.length > 0 ? { ...answer.response, cookies } : answer.response
  }

  const handler: RuntimeProxyHandler = async (request, info = {}) =>
    toResponse(await handle(fromRequest(request), info, undefined))
  runtimeProxyEntries.set(handler, handle)
  return handler
}
