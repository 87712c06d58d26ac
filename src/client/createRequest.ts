import type { RuntimeError } from './RuntimeError.ts'
import { backoffDelay } from './backoffDelay.ts'
import { classifyError, errorFromResponse } from './classifyError.ts'
import { sleep } from './sleep.ts'
import { abortedError, createError, extendError, toRuntimeError } from './toRuntimeError.ts'
import type { ClassifyInput, RuntimeClientOptions, RuntimeErrorCode, RuntimeEvent } from './types.ts'

/** One API call, as the client methods describe it to the request pipeline. */
export interface Call<T> {
  readonly method: 'GET' | 'POST'
  /** Relative to the base URL, with its trailing slash and query. */
  readonly path: string
  readonly parse: (body: unknown) => T
  readonly signal?: AbortSignal | undefined
  /** A JSON value, or `FormData` sent as multipart. */
  readonly body?: unknown
  /** Not idempotent: retried only when the server certainly did not run it. @default method === 'POST' */
  readonly write?: boolean
  readonly correlationId?: string
  /** Another transport, such as XHR for upload progress. */
  readonly send?: typeof fetch | undefined
  /** `false`: no automatic retry for this call. */
  readonly retry?: false | undefined
}

/** Codes after which a sent write may or may not have run on the server. */
const MAYBE_EXECUTED: readonly RuntimeErrorCode[] = ['timeout', 'network', 'server_error', 'aborted']

const JSON_TYPE = 'application/json'

/** The request pipeline: headers, timeout, abort, classification, retry, events, server clock offset (`Date`). */
export function createRequest(options: RuntimeClientOptions, baseUrl: string) {
  const { apiKey, onEvent, timeoutMs = 60_000, random = Math.random, sleep: wait = sleep } = options
  let clockOffsetMs: number | undefined
  const request = async <T>({
    method,
    path,
    parse,
    signal,
    body,
    write = method === 'POST',
    correlationId,
    send,
    retry: callRetry,
  }: Call<T>) => {
    // Read per call: an owner that passes a getter (the widget) changes the policy without a new client.
    const policy = callRetry !== false &&
      options.retry !== false && { retries: 3, baseDelayMs: 500, maxDelayMs: 10_000, ...options.retry }
    const url = baseUrl + path
    const emit = (event: Record<string, unknown>) => {
      try {
        onEvent?.({ method, url, correlationId, ...event } as RuntimeEvent)
      } catch {
        // A failing logger must not fail the request.
      }
    }
    for (let n = 1, delayMs = 0; ; n++) {
      const controller = new AbortController()
      const abort = () => controller.abort()
      let started = 0
      let text: string | undefined
      let timer: ReturnType<typeof setTimeout> | undefined
      let error: RuntimeError
      try {
        if (n > 1) await wait(delayMs, signal)
        if (signal?.aborted) throw abortedError()
        signal?.addEventListener('abort', abort)
        const { headers: extra } = options
        const headers = new Headers(typeof extra === 'function' ? await extra() : extra)
        headers.set('accept', JSON_TYPE)
        if (apiKey) headers.set('x-api-key', apiKey)
        let payload = body as BodyInit | undefined
        if (payload && !(payload instanceof FormData)) {
          headers.set('content-type', JSON_TYPE)
          payload = JSON.stringify(payload)
        }
        // 0 or Infinity: no timeout.
        if (timeoutMs > 0 && timeoutMs < 2 ** 31) timer = setTimeout(abort, timeoutMs)
        emit({ type: 'request', attempt: n })
        started = Date.now()
        const response = await (send ?? options.fetch ?? fetch)(url, {
          method,
          headers,
          body: payload,
          signal: controller.signal,
        })
        text = await response.text()
        if (apiKey) text = text.split(apiKey).join('[redacted]')
        const { status } = response
        const serverDate = Date.parse(response.headers.get('date') ?? '')
        if (!isNaN(serverDate)) clockOffsetMs = serverDate - Date.now()
        emit({ type: 'response', status, durationMs: Date.now() - started })
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          // Not JSON: plain text or an HTML page (or a broken body, found below).
        }
        if (response.ok) return parse(json ?? JSON.parse(text))
        const input: ClassifyInput = { status, body: json, text, headers: response.headers, path }
        throw errorFromResponse(input, options.classifyError?.(input) ?? classifyError(input), correlationId)
      } catch (thrown) {
        const cause = (thrown as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | null)?.cause
        error =
          started && text === undefined
            ? signal?.aborted
              ? abortedError()
              : controller.signal.aborted
                ? createError('timeout', `No response in ${timeoutMs} ms`)
                : createError('network', String((thrown as Error | null)?.message ?? thrown), {
                    cause: thrown,
                    // Refused before the body left: certainly not run (Node tells; browsers cannot).
                    details: {
                      connectionRefused: (cause?.code ?? cause?.errors?.[0]?.code) === 'ECONNREFUSED',
                    },
                  })
            : toRuntimeError(thrown, correlationId)
      } finally {
        clearTimeout(timer)
        signal?.removeEventListener('abort', abort)
      }
      // A sent write that failed without a clear answer may have run: never repeat it blindly.
      if (
        write &&
        started &&
        MAYBE_EXECUTED.includes(error.code) &&
        !error.details?.connectionRefused &&
        !(error.status === 503 && error.retryAfterMs !== undefined)
      ) {
        error = extendError(error, { retryable: false, details: { ...error.details, maybeExecuted: true } })
      }
      error = toRuntimeError(error, correlationId)
      const tooLong = policy && (error.retryAfterMs ?? 0) > policy.maxDelayMs // no hour-long silent wait
      if (!policy || n > policy.retries || !error.retryable || tooLong) {
        emit({ type: 'error', error: error.toJSON(), body: text?.slice(0, 2048) })
        throw error
      }
      delayMs = backoffDelay(n - 1, error, policy, random)
      emit({ type: 'retry', attempt: n + 1, delayMs, error: error.toJSON() })
    }
  }
  return Object.assign(request, { clockOffsetMs: () => clockOffsetMs })
}
