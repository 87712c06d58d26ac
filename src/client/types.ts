/**
 * Normalized types of the Session Runtime API, as the client returns them.
 * Every response shape the documentation shows is parsed into these; the original body is kept on `raw`.
 */

/** A plain text block of multimodal content. */
export interface TextBlock {
  readonly type: 'text'
  readonly text: string
}

/** An image, by `https:` or `data:` URL (OpenAI style). */
export interface ImageBlock {
  readonly type: 'image_url'
  readonly image_url: { readonly url: string; readonly detail?: 'auto' | 'low' | 'high' }
  /** File name shown to the user; not sent to the API. */
  readonly name?: string
}

/** A non-image file: a `file_id` from `POST /files/`, or a URL from the integrator's own upload adapter. */
export interface FileBlock {
  readonly type: 'file'
  readonly file_id?: string
  readonly url?: string
  readonly name?: string
  readonly mime_type?: string
  readonly size?: number
}

/** One block of multimodal message content. */
export type ContentBlock = TextBlock | ImageBlock | FileBlock

/** Message content: a plain string or an array of content blocks. */
export type MessageContent = string | readonly ContentBlock[]

/** Who wrote a message. */
export type MessageRole = 'user' | 'assistant' | 'system' | 'tool'

/** Where a tool call stands. */
export type ToolCallStatus = 'running' | 'succeeded' | 'failed'

/** One tool the agent used during an execution, normalized from either documented tool-call style. */
export interface ToolCall {
  readonly id: string
  readonly name: string
  /** Parsed arguments (an object when the arguments were JSON, else the raw string). */
  readonly args: unknown
  /** The result, when the server reported one. */
  readonly result?: unknown
  readonly status: ToolCallStatus
  /** The failure text, when the tool failed. */
  readonly error?: string
  readonly durationMs?: number
  /** The tool call exactly as the server sent it. */
  readonly raw: unknown
}

/** One message of a session, from the history or from an execute result. */
export interface RuntimeMessage {
  readonly id: string
  readonly role: MessageRole
  readonly content: MessageContent
  /** The plain text of `content` (text blocks joined). */
  readonly text: string
  /** Milliseconds since the epoch, from an ISO string or Unix seconds; `undefined` when the server sent none. */
  readonly createdAt?: number
  readonly toolCalls: readonly ToolCall[]
  /** The correlation id, when the server echoes it in the history (it may not). */
  readonly correlationId?: string
  readonly raw: unknown
}

/** How an execution ended, as the server reports it. */
export type ExecutionStatus = 'completed' | 'error' | 'timeout'

/** Token usage of one execution, when reported. */
export interface Usage {
  readonly inputTokens?: number
  readonly outputTokens?: number
}

/** The normalized result of `POST /runtime/{session_id}/execute/`, whichever documented shape it came in. */
export interface ExecuteResult {
  readonly sessionId?: string
  readonly status: ExecutionStatus
  /** The messages this execution produced (not the whole history). */
  readonly messages: readonly RuntimeMessage[]
  /** The last assistant message, the reply to show. */
  readonly reply?: RuntimeMessage
  /** Every tool call of this execution. */
  readonly toolCalls: readonly ToolCall[]
  readonly correlationId?: string
  readonly executionId?: string
  readonly executionTimeMs?: number
  readonly usage?: Usage
  readonly raw: unknown
}

/** One page of `GET /runtime/{session_id}/messages/`. */
export interface MessagePage {
  /** Oldest first, as the server lists them. */
  readonly messages: readonly RuntimeMessage[]
  readonly total: number
  readonly hasMore: boolean
  readonly limit: number
  readonly offset: number
  readonly raw: unknown
}

/** The documented session states; any other string the server sends is kept as is. */
export type SessionState = 'active' | 'processing' | 'idle' | 'error' | (string & {})

/** `GET /runtime/{session_id}/status/`, normalized. */
export interface SessionStatus {
  readonly sessionId: string
  readonly status: SessionState
  /** `true` while the session is handling a message. */
  readonly isProcessing: boolean
  readonly messageCount?: number
  readonly lastActivity?: number
  readonly createdAt?: number
  readonly health?: string
  readonly raw: unknown
}

/** A created or fetched session. */
export interface SessionInfo {
  readonly sessionId: string
  readonly configHash?: string
  readonly agentId?: string
  readonly agentKey?: string
  readonly createdAt?: number
  readonly status?: string
  readonly raw: unknown
}

/** Input of `executeMessage`. */
export interface ExecuteInput {
  readonly content: MessageContent
  /** Generated (a UUID) when absent. */
  readonly correlationId?: string
  /** Agent variables (`inputs`). */
  readonly inputs?: Readonly<Record<string, unknown>>
}

/** Per-call options. */
export interface RequestOptions {
  readonly signal?: AbortSignal
  /** `false` turns off the client's automatic retries for this call (the headless hooks retry `executeMessage` themselves, to show a countdown). */
  readonly retry?: false
}

/** Pagination of `getMessages`. */
export interface PageParams {
  /** @default 50 */
  readonly limit?: number
  /** @default 0 */
  readonly offset?: number
}

/** How to create a session from a saved agent: by its key (documented GET) or its id (documented POST). */
export type AgentRef = { readonly agentKey: string } | { readonly agentId: string }

/** The closed list of error codes. Components and hooks switch on these, never on message text. */
export const RUNTIME_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'session_not_found',
  'rate_limited',
  'content_policy',
  'tool_failure',
  'timeout',
  'invalid_request',
  'payload_too_large',
  'server_error',
  'network',
  'aborted',
  'invalid_response',
] as const

/** One of the closed list of error codes. */
export type RuntimeErrorCode = (typeof RUNTIME_ERROR_CODES)[number]

/** A plain, serializable description of a runtime error (what the store persists). */
export interface RuntimeErrorInfo {
  readonly code: RuntimeErrorCode
  readonly message: string
  /** The HTTP status, when there was a response. */
  readonly status?: number
  /** Whether repeating the same request may succeed. */
  readonly retryable: boolean
  /** How long the server asked to wait (from `Retry-After`). */
  readonly retryAfterMs?: number
  readonly correlationId?: string
  /** A request id from the response headers, when present. */
  readonly requestId?: string
  /**
   * Extra facts: the error body's `type` and `body`, `maybeExecuted` (a sent write got no clear answer: read the
   * history before resending), `connectionRefused`. Never the API key.
   */
  readonly details?: Readonly<Record<string, unknown>>
}

/** Events reported to `onEvent`, for logging. The API key never appears in one. */
export type RuntimeEvent =
  | {
      readonly type: 'request'
      readonly method: string
      readonly url: string
      /** 1 for the first request, 2 for the first retry. */
      readonly attempt: number
      readonly correlationId?: string
    }
  | {
      readonly type: 'response'
      readonly method: string
      readonly url: string
      readonly status: number
      readonly durationMs: number
      readonly correlationId?: string
    }
  | {
      readonly type: 'retry'
      readonly method: string
      readonly url: string
      /** The attempt about to be made after `delayMs` (2 for the first retry). */
      readonly attempt: number
      readonly delayMs: number
      readonly error: RuntimeErrorInfo
      readonly correlationId?: string
    }
  | {
      readonly type: 'error'
      readonly method: string
      readonly url: string
      readonly error: RuntimeErrorInfo
      /** The response body as text, for `invalid_response` (truncated). */
      readonly body?: string
      readonly correlationId?: string
    }

/** Retry policy for retryable failures. */
export interface RetryOptions {
  /** @default 3 */
  readonly retries?: number
  /** @default 500 */
  readonly baseDelayMs?: number
  /** Longest wait between attempts; a `Retry-After` longer than this is not waited for: the error is thrown. @default 10000 */
  readonly maxDelayMs?: number
}

/** Options of `createRuntimeClient`. */
export interface RuntimeClientOptions {
  /** @default 'https://api-be.atthene.com/api/v1' */
  readonly baseUrl?: string
  /** Sent as `x-api-key`. For server-side or development use only: in a browser, point `baseUrl` at your own proxy. */
  readonly apiKey?: string
  /** Extra headers, or a function returning them (called per request). */
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>)
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch
  /** Per-request timeout in ms; 0 or `Infinity` for none. @default 60000 */
  readonly timeoutMs?: number
  /** Retry policy, or `false` to never retry. */
  readonly retry?: RetryOptions | false
  /** Called for every request, response, retry and error. */
  readonly onEvent?: (event: RuntimeEvent) => void
  /** Override the classification of a failed response; return `undefined` to keep the default. */
  readonly classifyError?: (input: ClassifyInput) => RuntimeErrorCode | undefined
  /** Timers, injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Random source for jitter, injectable for tests. @default Math.random */
  readonly random?: () => number
}

/** What `classifyError` sees of a failed response. */
export interface ClassifyInput {
  readonly status: number
  /** The parsed JSON body, or `undefined`. */
  readonly body: unknown
  readonly text: string
  readonly headers: Headers
  readonly path: string
}

/** The framework-free client. Every method rejects only with a `RuntimeError`. */
export interface RuntimeClient {
  readonly baseUrl: string
  executeMessage(sessionId: string, input: ExecuteInput, options?: RequestOptions): Promise<ExecuteResult>
  getMessages(sessionId: string, params?: PageParams, options?: RequestOptions): Promise<MessagePage>
  getStatus(sessionId: string, options?: RequestOptions): Promise<SessionStatus>
  createSession(config: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<SessionInfo>
  createSessionFromAgent(agent: AgentRef, options?: RequestOptions): Promise<SessionInfo>
  getSession(sessionId: string, options?: RequestOptions): Promise<SessionInfo>
  /**
   * The server's clock minus this page's (ms), learned from the `Date` header of the last response that had
   * one; `undefined` before that. Cross-origin, the server must list `Date` in `Access-Control-Expose-Headers`.
   */
  readonly clockOffsetMs?: () => number | undefined
  /** Upload a file through `POST /files/` (multipart). Reports progress when the platform allows it. */
  uploadFile(
    file: Blob & { readonly name?: string },
    options?: RequestOptions & { readonly onProgress?: (fraction: number) => void },
  ): Promise<UploadedFile>
}

/** A file uploaded through `POST /files/`. */
export interface UploadedFile {
  readonly id: string
  readonly name: string
  readonly mimeType?: string
  readonly size?: number
  readonly status?: string
  readonly raw: unknown
}
