import type { RuntimeProxyErrorType } from './types.ts'

/** Headers on every response the proxy writes: no sniffing of bodies into HTML, no caching. */
export const SAFE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } as const

/** A JSON error the proxy writes itself, in the API's documented envelope `{ error: { type, message } }`. */
export function proxyError(
  status: number,
  type: RuntimeProxyErrorType,
  message: string,
  headers?: HeadersInit,
): Response {
  const response = Response.json({ error: { type, message } }, { status, headers })
  for (const [name, value] of Object.entries(SAFE_HEADERS)) response.headers.set(name, value)
  return response
}
