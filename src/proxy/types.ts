/** What the transport knows about a request that the `Request` itself does not carry. */
export interface RuntimeProxyRequestInfo {
  /**
   * The client's IP address (`toNodeHandler` passes the socket's, or behind `trustedProxies` the one your proxies
   * forwarded); the rate limit's default visitor.
   */
  readonly clientAddress?: string
}

/** A standard fetch handler: Next.js route handlers, edge runtimes, Deno, Bun, or Node through `toNodeHandler`. */
export type RuntimeProxyHandler = (request: Request, info?: RuntimeProxyRequestInfo) => Promise<Response>

/** The endpoints the proxy forwards. */
export type RuntimeProxyRouteName =
  | 'execute'
  | 'messages'
  | 'status'
  | 'session'
  | 'createSession'
  | 'createSessionFromAgentKey'
  | 'createSessionFromAgent'
  | 'uploadFile'

/** The endpoint a request was matched to, as `authorize` and events see it. */
export interface RuntimeProxyRoute {
  readonly name: RuntimeProxyRouteName
  /** The session id in the path (`execute`, `messages`, `status`, `session`). */
  readonly sessionId?: string
  /** The agent id in the path (`createSessionFromAgent`). */
  readonly agentId?: string
  /** For a session route: whether the caller's signed session cookie binds `sessionId` to them. */
  readonly owned?: boolean
}

/** The `error.type` of a response the proxy writes itself. */
export type RuntimeProxyErrorType =
  | 'proxy_refused'
  | 'payload_too_large'
  | 'request_timeout'
  | 'rate_limited'
  | 'proxy_busy'
  | 'session_not_found'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'upstream_invalid_response'
  | 'upstream_unavailable'

/** What the proxy reports to `onEvent`. Never contains the API key, a body or a header value. */
export type RuntimeProxyEvent =
  | {
      readonly type: 'request'
      readonly method: string
      readonly path: string
      readonly origin: string | null
    }
  | {
      readonly type: 'refused'
      readonly method: string
      readonly path: string
      readonly status: number
      readonly reason: string
    }
  | {
      readonly type: 'response'
      readonly method: string
      readonly path: string
      readonly route: RuntimeProxyRouteName
      readonly status: number
      readonly durationMs: number
    }
  | {
      readonly type: 'error'
      readonly method: string
      readonly path: string
      readonly route: RuntimeProxyRouteName
      readonly status: 502 | 504
      readonly errorType: RuntimeProxyErrorType
      readonly message: string
    }
  | {
      /** The rate-limit store failed; the request was let through. */
      readonly type: 'limiter_error'
      readonly message: string
    }

/** One counter of a rate-limit window: add `amount`; a new counter expires after `ttlMs`. */
export interface RuntimeProxyCounter {
  readonly key: string
  readonly amount: number
  readonly ttlMs: number
}

/**
 * Where rate-limit counters live. The default keeps them in memory (one proxy instance); give every instance
 * behind a load balancer the same shared store (`createRedisRateLimitStore`) so that they share one limit.
 */
export interface RuntimeProxyRateLimitStore {
  /** Adds each amount to its counter, atomically per counter, and returns the new totals in the same order. */
  increment(counters: readonly RuntimeProxyCounter[]): Promise<readonly number[]>
}

/** Per-visitor limits. A request over a limit gets 429 with `Retry-After` (seconds to the window's end). */
export interface RuntimeProxyRateLimit {
  /** Requests per visitor per minute (every route). @default 120 */
  readonly requestsPerMinute?: number
  /** Request body bytes per visitor per minute (announced `Content-Length`, or bytes read). @default 20971520 (20 MB) */
  readonly bytesPerMinute?: number
  /** Executed messages per visitor per UTC day. @default 500 */
  readonly executesPerDay?: number
  /** Where the counters live. @default in memory (one instance) */
  readonly store?: RuntimeProxyRateLimitStore
  /**
   * Who the visitor is: a user id, or the client IP your reverse proxy reports. `undefined` falls back to the default.
   * @default info.clientAddress (through toNodeHandler the socket's address, or behind `trustedProxies` the client's
   * address from X-Forwarded-For), else one shared bucket
   */
  readonly visitor?: (request: Request, info: RuntimeProxyRequestInfo) => string | undefined
}

/** Options of `createRuntimeProxy`. */
export interface RuntimeProxyOptions {
  /** The Atthene API key, added as `x-api-key` to every forwarded request. Keep it in server-side config. */
  readonly apiKey: string
  /** The API base URL. @default 'https://api-be.atthene.com/api/v1' */
  readonly upstream?: string
  /**
   * The path the proxy is mounted at (e.g. `'/api/atthene'`), stripped before forwarding.
   * @default detected: everything before the first `runtime`, `sessions` or `files` segment
   */
  readonly basePath?: string
  /**
   * Browser origins of other sites that may call the proxy (CORS): a list (`'https://app.example.com'`), `'*'`,
   * or a predicate. Requests without an `Origin` header (server to server, same-origin GETs) are allowed.
   */
  readonly allowedOrigins: readonly string[] | '*' | ((origin: string) => boolean)
  /**
   * The origin(s) the app itself is served from, as the browser sees them (`'https://app.example.com'`, the
   * scheme included). Same-origin is decided against this, never against the request's `Host`; behind a
   * reverse proxy, set the public origin, not the internal one. Without it, only `allowedOrigins` are allowed.
   */
  readonly publicOrigin?: string | readonly string[]
  /** Forward `POST /sessions/` and both `sessions/from-agent/` forms; otherwise they get 403. @default false */
  readonly allowSessionCreation?: boolean
  /** Forward `POST /files/`; otherwise it gets 403. @default false */
  readonly allowFileUpload?: boolean
  /** Request bodies (execute, session creation) larger than this get 413. @default 5242880 (5 MB) */
  readonly maxBodyBytes?: number
  /** Upload bodies (`POST /files/`) larger than this get 413. @default 10485760 (10 MB) */
  readonly maxUploadBytes?: number
  /** All request bodies being read at once, across visitors; more gets 503 with `Retry-After`. @default 16777216 (16 MB) */
  readonly maxBufferedBytes?: number
  /** Time, from the start of the request, to receive its whole body; then 408. @default 10000 */
  readonly bodyTimeoutMs?: number
  /** Time for the upstream's whole response (headers and body) before answering 504; `0` waits forever. @default 120000 */
  readonly timeoutMs?: number
  /** Longest pause while the upstream sends its response body, then 504. @default 15000 */
  readonly idleTimeoutMs?: number
  /** Upstream response bodies larger than this get 502 (error bodies: 64 kB). @default 8388608 (8 MB) */
  readonly maxResponseBytes?: number
  /** Per-visitor request, byte and daily execute limits, or `false` for none. @default {} (the defaults) */
  readonly rateLimit?: RuntimeProxyRateLimit | false
  /**
   * Bind each session created through the proxy to the visitor who created it (a signed, HttpOnly cookie), and
   * answer 404 for a session not bound to the caller unless `authorize` allows it. @default true
   */
  readonly bindSessions?: boolean
  /** The key that signs the session cookie; the same on every instance. @default random per instance */
  readonly sessionSecret?: string
  /**
   * Your own check, e.g. that the signed-in user owns `route.sessionId`. `true` allows (also a session the
   * cookie does not bind, see `route.owned`), `false` answers 403 (404 for an unbound session).
   * Runs after the route is matched and before the body is read: read headers, not the body (behind
   * `toNodeHandler` the `Request` has none).
   */
  readonly authorize?: (request: Request, route: RuntimeProxyRoute) => boolean | Promise<boolean>
  /** Extra headers for every upstream request (they cannot replace `x-api-key`). */
  readonly headers?: HeadersInit
  /**
   * Injectable fetch for the upstream requests.
   * @default globalThis.fetch; behind `toNodeHandler`, `node:http` / `node:https` with keep-alive connections
   */
  readonly fetch?: typeof fetch
  /** Called for every request, refusal, response and upstream failure, for logging. Errors it throws are ignored. */
  readonly onEvent?: (event: RuntimeProxyEvent) => void
}
