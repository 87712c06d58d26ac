import { exchangeUpstream, type UpstreamTransport } from './exchangeUpstream.ts'

/**
 * The web-standard transport: `fetch` (the integrator's, or the runtime's) with `redirect: 'manual'`, under the
 * limits of `exchangeUpstream`. Used on every runtime but Node's `toNodeHandler`, and there when `fetch` is given.
 */
export function fetchUpstream(fetchImplementation: typeof fetch): UpstreamTransport {
  return (request, limits, onClientGone) =>
    exchangeUpstream(
      async (onAbort) => {
        const { url, ...init } = request
        const controller = new AbortController()
        onAbort(() => controller.abort())
        const signal = controller.signal
        const response = await fetchImplementation(url, { ...init, redirect: 'manual', signal })
        const reader = response.body?.getReader()
        // An opaque redirect has status 0; report it as the redirect it is.
        const status = response.type === 'opaqueredirect' ? 302 : response.status
        return {
          status,
          headers: response.headers,
          read: async () => (reader ? (await reader.read()).value : undefined),
          cancel: () => void reader?.cancel().catch(() => {}),
        }
      },
      limits,
      onClientGone,
    )
}
