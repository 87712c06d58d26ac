/** A standard fetch handler: Next.js route handlers, edge runtimes, Deno, Bun, or Node through `toNodeHandler`. */
export type RuntimeProxyHandler = (request: Request) => Promise<Response>

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
}

/** The `error.type` of a response the proxy writes itself (upstream errors pass through unchanged). */
export type RuntimeProxyErrorType =
  'proxy_refused' | 'payload_too_large' | 'upstream_unreachable' | 'upstream_timeout'

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
   * Browser origins that may call the proxy: a list (`'https://app.example.com'`), `'*'`, or a predicate.
   * Requests without an `Origin` header (server to server) and same-origin requests are always allowed.
   */
  readonly allowedOrigins: readonly string[] | '*' | ((origin: string) => boolean)
  /** Forward `POST /sessions/` and both `sessions/from-agent/` forms; otherwise they get 403. @default false */
  readonly allowSessionCreation?: boolean
  /** Forward `POST /files/`; otherwise it gets 403. @default false */
  readonly allowFileUpload?: boolean
  /** Request bodies larger than this get 413. @default 10485760 (10 MB) */
  readonly maxBodyBytes?: number
  /** Time to wait for the upstream's response headers before answering 504; `0` waits forever. @default 120000 */
  readonly timeoutMs?: number
  /**
   * Your own check, e.g. that the signed-in user owns `route.sessionId`. `false` answers 403.
   * Runs after the route is matched and before the body is read.
   */
  readonly authorize?: (request: Request, route: RuntimeProxyRoute) => boolean | Promise<boolean>
  /** Extra headers for every upstream request (they cannot replace `x-api-key`). */
  readonly headers?: HeadersInit
  /** Injectable fetch for the upstream requests. @default globalThis.fetch */
  readonly fetch?: typeof fetch
  /** Called for every request, refusal, response and upstream failure, for logging. Errors it throws are ignored. */
  readonly onEvent?: (event: RuntimeProxyEvent) => void
}
