import type { ProxyAnswer } from './proxyAnswer.ts'
import type { RuntimeProxyErrorType } from './types.ts'

/** Headers on every response the proxy writes: no sniffing of bodies into HTML, no caching. */
export const SAFE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } as const

/** A JSON error the proxy writes itself, in the API's documented envelope `{ error: { type, message } }`. */
export function proxyError(
  status: number,
  type: RuntimeProxyErrorType,
  message: string,
  headers?: Readonly<Record<string, string>>,
): ProxyAnswer {
  return {
    status,
    headers: { ...headers, 'content-type': 'application/json', ...SAFE_HEADERS },
    cookies: [],
    body: JSON.stringify({ error: { type, message } }),
  }
}
