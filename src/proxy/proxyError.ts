import type { RuntimeProxyErrorType } from './types.ts'

/** A JSON error the proxy writes itself, in the API's documented envelope `{ error: { type, message } }`. */
export function proxyError(
  status: number,
  type: RuntimeProxyErrorType,
  message: string,
  headers?: HeadersInit,
): Response {
  const response = Response.json({ error: { type, message } }, { status, headers })
  response.headers.set('cache-control', 'no-store')
  return response
}
