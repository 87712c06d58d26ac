import { signalHook, type AbortHook } from './createAbort.ts'

/** Pulls a request body chunk by chunk; `undefined` at its end. */
export interface BodyReader {
  readonly read: () => Promise<Uint8Array | undefined>
  /** Stops reading; what was not read stays unread. */
  readonly cancel: () => void
}

/**
 * A browser request as the proxy reads it: what a fetch `Request` and a `node:http` request can both give without
 * converting one into the other. `toRequest()` builds the fetch `Request` that `authorize` and `rateLimit.visitor`
 * see, once, only when one of them is called.
 */
export interface ProxyRequest {
  readonly method: string
  /** Absolute; only its path and query are used. */
  readonly url: string
  readonly header: (name: string) => string | null
  /** `null` for a request without a body (GET, HEAD). */
  readonly body: BodyReader | null
  /** Listens for the browser going away. */
  readonly onClientGone: AbortHook
  readonly toRequest: () => Request
}

/** A fetch `Request` as a `ProxyRequest`. */
export function fromRequest(request: Request): ProxyRequest {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    header: (name) => request.headers.get(name),
    body: request.body && {
      read: async () => {
        reader ??= request.body?.getReader()
        return (await reader?.read())?.value
      },
      cancel: () => void (reader ?? request.body)?.cancel().catch(() => {}),
    },
    onClientGone: signalHook(request.signal),
    toRequest: () => request,
  }
}
