import { addFault } from './faults.ts'
import { historyLength, historySlice, toHistoryJson } from './history.ts'
import { addSession, createRuntimeState } from './runtimeState.ts'
import { serveRequest } from './serveRequest.ts'
import type { MockRuntime, MockRuntimeOptions } from './types.ts'

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError')
}

/** `fetch` backed by a handler: honours `init.signal` (the handler keeps running, as a server would). */
function fetchOf(handle: (request: Request) => Promise<Response>): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init)
    const signal = init?.signal ?? undefined
    if (!signal) return handle(request)
    if (signal.aborted) return Promise.reject(abortError(signal))
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortError(signal))
      signal.addEventListener('abort', onAbort, { once: true })
      handle(request)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort))
    })
  }
}

/**
 * Creates the reference runtime: an in-memory Session Runtime API with a scripted agent and fault injection.
 * Where the documentation is silent it implements exactly the assumptions of spec §12:
 *
 * | topic | the reference runtime |
 * |---|---|
 * | paths | any prefix ending in `/api/v1`; trailing slash optional; OPTIONS answers 204 |
 * | auth (`apiKeys` set) | 401 `authentication_error` (no key, unknown key, `expired-*`); 403 `permission_error` (`forbidden-*`) |
 * | error bodies | `{"error":{type,message}}`: 400, 401, 403, 429, 502; `{"detail"}`: 404, 405, 413, 500; plain text: 503; HTML: `html_error` 502 |
 * | 404 | unknown session on a runtime path (`Session not found.`) |
 * | bad execute body | 400 `invalid_request_error` (missing, empty or mistyped `content`, bad blocks, bad `correlation_id`/`inputs`) |
 * | 429 | `rate_limit_error` + `Retry-After` in seconds or as an HTTP date; not executed |
 * | content policy | 400 `content_policy_violation`; not executed |
 * | tool failure | 200; the tool call has `status: "failed"` and `error` (OpenAI style: only `error`) |
 * | execution timeout | 200 with `status: "timeout"` and no reply (fault `execution_timeout`) |
 * | concurrency | a second execute during `processing` is queued server-side and runs after, in arrival order |
 * | status | `processing` while an execute runs or is queued, else `active`; `health: "healthy"` |
 * | history | offset counts from the oldest (offset 0 = oldest), oldest first; `limit` ≤ 1000; ISO `timestamp`; no `correlation_id` unless `historyCorrelationIds` |
 * | execute result | `messages` holds only the new assistant message; B: Unix-second `created_at`, C: ISO `created_at` |
 * | files in content | `image_url` (https or `data:image`) and `{"type":"file","file_id"|"url"}` blocks |
 * | dropped connection | `handle` rejects with `ConnectionDroppedError` (a `TypeError`, like `fetch`) |
 * | request ids | every response carries `x-request-id` |
 */
export function createMockRuntime(options: MockRuntimeOptions = {}): MockRuntime {
  let state = createRuntimeState({ ...options })
  const handle = (request: Request) => serveRequest(state, request)
  return {
    handle,
    fetch: fetchOf(handle),
    inject: (fault, target) => addFault(state, fault, target),
    clearFaults: () => {
      state.faults = []
    },
    createSession: (id) => addSession(state, id === undefined ? {} : { id }).id,
    deleteSession: (id) => {
      state.sessions.delete(id)
    },
    get executions() {
      return state.executions
    },
    history(sessionId) {
      const session = state.sessions.get(sessionId)
      if (!session) return []
      const { toolCallStyle = 'flat', historyCorrelationIds = false } = state.options
      return historySlice(session.history, 0, historyLength(session.history)).map((message) =>
        toHistoryJson(message, toolCallStyle, historyCorrelationIds),
      )
    },
    get requestCounts() {
      return state.requestCounts
    },
    configure(changes) {
      state.options = { ...state.options, ...changes }
    },
    reset() {
      state = createRuntimeState(state.options)
    },
  }
}
