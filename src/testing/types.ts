/**
 * The reference runtime's public contract: an in-memory Session Runtime API with a scripted agent and fault
 * injection. Served as a fetch handler (MSW, tests, Storybook) and as a Node HTTP server (demo, end-to-end).
 */

/** Which of the documented execute response shapes the runtime answers with (spec §3.1). */
export type ExecuteShape = 'reference' | 'tutorial' | 'getting-started'

/** How tool calls are written in execute results. */
export type ToolCallStyle = 'openai' | 'flat'

/** A fault to inject into the next matching request(s). */
export type Fault =
  /** 429 with `Retry-After` in seconds, or as an HTTP date when `asDate`. */
  | { readonly kind: 'rate_limit'; readonly retryAfterSeconds: number; readonly asDate?: boolean }
  /** 404 on the session: the session is gone (also for later requests). */
  | { readonly kind: 'session_not_found' }
  /** A 5xx; with `retryAfterSeconds` a `Retry-After` header is added. */
  | { readonly kind: 'server_error'; readonly status?: 500 | 502 | 503; readonly retryAfterSeconds?: number }
  /** The server keeps executing but answers only after `ms` (past the client's timeout). */
  | { readonly kind: 'hang'; readonly ms: number }
  /** 400 with a content-policy error body; nothing is executed. */
  | { readonly kind: 'content_policy'; readonly reason?: string }
  /** The execute runs, a tool fails, the response is 200 with a failed tool call. */
  | { readonly kind: 'tool_failure'; readonly tool?: string }
  /** 200 with a body that is not JSON. */
  | { readonly kind: 'malformed_json' }
  /** 502 with an HTML page, as a proxy in front of the API would send. */
  | { readonly kind: 'html_error' }
  /** The execution runs to completion, but the connection is dropped before the response. */
  | { readonly kind: 'drop_connection' }
  /** 200 with an execute result of status `timeout` and no reply; the user message is in the history. */
  | { readonly kind: 'execution_timeout' }
  /** 200 with `{"success": false, "error": reason}` and no reply; the user message is in the history. */
  | { readonly kind: 'execution_failed'; readonly reason?: string }

/** Which requests a fault applies to. */
export interface FaultTarget {
  /** Execute-only faults (`tool_failure`, `execution_timeout`, `content_policy`) never hit reads. @default 'execute' */
  readonly endpoint?: 'execute' | 'messages' | 'status' | 'sessions' | 'any'
  /** Only this session; any session when absent. */
  readonly sessionId?: string
  /** How many requests it hits. @default 1 */
  readonly times?: number
}

/** Options of `createMockRuntime`. */
export interface MockRuntimeOptions {
  /** Keys accepted in `x-api-key`; when empty or absent, any request is accepted without a key. */
  readonly apiKeys?: readonly string[]
  /** Latency of an execute in ms (a number, or [min, max]). @default 300 */
  readonly latencyMs?: number | readonly [number, number]
  /** Latency of reads (messages, status, sessions) in ms. @default 0 */
  readonly readLatencyMs?: number
  /** @default 'tutorial' */
  readonly executeShape?: ExecuteShape
  /** @default 'flat' */
  readonly toolCallStyle?: ToolCallStyle
  /** Sessions that exist at start, with optional seeded history (count of generated messages or explicit ones). */
  readonly sessions?: readonly { readonly id: string; readonly history?: number | readonly SeedMessage[] }[]
  /** Also accept every unknown session id by creating it on first use. @default false */
  readonly autoCreateSessions?: boolean
  /** Clock, injectable: message timestamps, `Retry-After` dates and the `Date` header follow it. @default Date.now */
  readonly now?: () => number
  /** Echo `correlation_id` on user messages in the history (the real API may not). @default false */
  readonly historyCorrelationIds?: boolean
  /** Seed of the pseudo-random latency in a `[min, max]` range. @default 1 */
  readonly seed?: number
  /** Request bodies larger than this get a 413. @default 10485760 */
  readonly maxBodyBytes?: number
}

/** A message to seed a session's history with. */
export interface SeedMessage {
  readonly role: 'user' | 'assistant'
  readonly content: string | readonly unknown[]
  readonly createdAt?: number
  readonly toolCalls?: readonly unknown[]
}

/** What the runtime recorded of one execute request (for assertions: nothing doubled, order kept). */
export interface ExecutionRecord {
  readonly sessionId: string
  readonly correlationId?: string
  readonly content: unknown
  readonly startedAt: number
  readonly finishedAt?: number
}

/** The reference runtime. */
export interface MockRuntime {
  /**
   * Serve one request, as a standard fetch handler. Paths start after the base URL's `/api/v1`.
   * Like `fetch`, it rejects with a `TypeError` (`ConnectionDroppedError`) when the connection is dropped.
   */
  readonly handle: (request: Request) => Promise<Response>
  /** `fetch` with the runtime behind it, for `createRuntimeClient({ fetch })`; honours `init.signal`. */
  readonly fetch: typeof fetch
  /** Inject a fault. Returns a function that removes it. */
  inject(fault: Fault, target?: FaultTarget): () => void
  /** Remove every pending fault. */
  clearFaults(): void
  /** Create a session and return its id. */
  createSession(id?: string): string
  /** Forget a session (later requests get 404). */
  deleteSession(id: string): void
  /** Every execute the runtime actually ran, in order. */
  readonly executions: readonly ExecutionRecord[]
  /** The full history of a session (oldest first), as the messages endpoint would list it. */
  history(sessionId: string): readonly unknown[]
  /** Count of requests by endpoint, for request-rate measurements. */
  readonly requestCounts: Readonly<
    Record<'execute' | 'messages' | 'status' | 'sessions' | 'files' | 'other', number>
  >
  /** Change options at run time (latency, shape, style). */
  configure(
    options: Partial<
      Pick<
        MockRuntimeOptions,
        'latencyMs' | 'readLatencyMs' | 'executeShape' | 'toolCallStyle' | 'historyCorrelationIds'
      >
    >,
  ): void
  /** Drop all sessions, faults and records. */
  reset(): void
}

/** A running `startMockRuntimeServer`. */
export interface MockRuntimeServer {
  readonly runtime: MockRuntime
  /** e.g. `http://127.0.0.1:43123` */
  readonly origin: string
  /** e.g. `http://127.0.0.1:43123/api/v1`: pass this to `createRuntimeClient`. */
  readonly baseUrl: string
  close(): Promise<void>
}

/** Options of `startMockRuntimeServer`: a runtime to serve, or options to create one. */
export interface StartMockRuntimeServerOptions extends MockRuntimeOptions {
  /** @default 0 (any free port) */
  readonly port?: number
  /** @default '127.0.0.1' */
  readonly host?: string
  /** Serve this runtime instead of creating one from the options. */
  readonly runtime?: MockRuntime
  /** Answer preflights and add CORS headers, for a page on another origin. @default true */
  readonly cors?: boolean
}

/** Options of `createMockRuntimeHandlers`. */
export interface MockRuntimeHandlersOptions {
  /** The base URL the client uses, ending in `/api/v1` (absolute, or a path such as `/api/v1`). */
  readonly baseUrl: string
}
