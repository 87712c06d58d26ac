/** The upstream response, or why there is none. */
export type UpstreamResult =
  | { readonly ok: true; readonly response: Response }
  | {
      readonly ok: false
      readonly status: 502 | 504
      readonly type: 'upstream_unreachable' | 'upstream_timeout'
      /** For the browser: generic. */
      readonly message: string
      /** For `onEvent`: the underlying failure (to be redacted by the caller). */
      readonly detail: string
    }

/**
 * Fetches without following redirects (a redirect would carry `x-api-key` to wherever it points), with a
 * timeout on the response headers, and aborts when the browser's request is aborted.
 */
export async function fetchUpstream(
  fetchImplementation: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  clientSignal: AbortSignal | undefined,
): Promise<UpstreamResult> {
  const controller = new AbortController()
  let timedOut = false
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      : undefined
  const abort = () => controller.abort()
  clientSignal?.addEventListener('abort', abort)
  try {
    const response = await fetchImplementation(url, {
      ...init,
      redirect: 'manual',
      signal: controller.signal,
    })
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      void response.body?.cancel()
      return unreachable('upstream answered with a redirect, which the proxy does not follow')
    }
    return { ok: true, response }
  } catch (error) {
    if (timedOut) {
      const message = `The Atthene API did not answer within ${timeoutMs} ms.`
      return { ok: false, status: 504, type: 'upstream_timeout', message, detail: message }
    }
    return unreachable(describe(error))
  } finally {
    clearTimeout(timer)
    clientSignal?.removeEventListener('abort', abort)
  }
}

/** `TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:443)`: Node puts the reason in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return `${error.name}: ${error.message}${cause}`
}

function unreachable(detail: string): UpstreamResult {
  const message = 'The Atthene API could not be reached.'
  return { ok: false, status: 502, type: 'upstream_unreachable', message, detail }
}
