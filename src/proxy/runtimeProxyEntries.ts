import type { UpstreamTransport } from './exchangeUpstream.ts'
import type { RuntimeProxyHandler, RuntimeProxyRequestInfo } from './types.ts'

/** A proxy's handler that also takes the adapter's upstream transport. */
export type RuntimeProxyEntry = (
  request: Request,
  info: RuntimeProxyRequestInfo,
  transport: UpstreamTransport | undefined,
) => Promise<Response>

/**
 * The entries of the handlers `createRuntimeProxy` made, so that `toNodeHandler` can give them its Node transport
 * while any other fetch handler it is given stays a plain fetch handler.
 */
export const runtimeProxyEntries = new WeakMap<RuntimeProxyHandler, RuntimeProxyEntry>()
