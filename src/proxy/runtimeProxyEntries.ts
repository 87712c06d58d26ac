import type { UpstreamTransport } from './exchangeUpstream.ts'
import type { ProxyAnswer } from './proxyAnswer.ts'
import type { ProxyRequest } from './proxyRequest.ts'
import type { RuntimeProxyHandler, RuntimeProxyRequestInfo } from './types.ts'

/**
 * A proxy's handler as adapters call it: the request and the answer in the proxy's own form (no fetch `Request` or
 * `Response` to build), and the adapter's upstream transport.
 */
export type RuntimeProxyEntry = (
  request: ProxyRequest,
  info: RuntimeProxyRequestInfo,
  transport: UpstreamTransport | undefined,
) => Promise<ProxyAnswer>

/**
 * The entries of the handlers `createRuntimeProxy` made, so that `toNodeHandler` can give them its Node transport
 * while any other fetch handler it is given stays a plain fetch handler.
 */
export const runtimeProxyEntries = new WeakMap<RuntimeProxyHandler, RuntimeProxyEntry>()
