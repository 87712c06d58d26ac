import type { RuntimeClientOptions } from '../client/types.ts'

/**
 * Client options that read the latest of `current()` on every request: new `headers` (a refreshed bearer
 * token), `fetch`, `retry` and `classifyError` take effect on the next request, without a new client and so
 * without losing the conversation. `backend` (`baseUrl`, `apiKey`, `timeoutMs`) identifies the backend: a change
 * of it is the owner's cue to make a new client.
 */
export function liveClientOptions(
  backend: Pick<RuntimeClientOptions, 'baseUrl' | 'apiKey' | 'timeoutMs'>,
  current: () => RuntimeClientOptions | undefined,
): RuntimeClientOptions {
  return {
    ...backend,
    headers: async () => {
      const headers = current()?.headers
      return (typeof headers === 'function' ? await headers() : headers) ?? {}
    },
    fetch: (input, init) => (current()?.fetch ?? fetch)(input, init),
    classifyError: (input) => current()?.classifyError?.(input),
    get retry() {
      return current()?.retry
    },
  }
}
