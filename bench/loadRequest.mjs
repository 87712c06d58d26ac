// The requests of the proxy bench: what the widget sends through the proxy, and the same sent directly.
import { API_KEY } from './proxyProcesses.mjs'

/** The page's origin: the proxy's `publicOrigin` (bench/proxyServer.mjs). */
export const PAGE_ORIGIN = 'https://app.example.com'
/** Visitors, by `X-Forwarded-For`, that the load is spread over: each far from its rate limit. */
export const VISITORS = 10_000

/** The address of visitor `index`, as the load balancer in front of the proxy would forward it. */
export const visitor = (index) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`

/** A session created through the proxy, and the signed cookie that binds it to the caller. */
export async function createSession(proxyOrigin) {
  const response = await fetch(`${proxyOrigin}/api/atthene/sessions/`, {
    method: 'POST',
    headers: { origin: PAGE_ORIGIN, 'content-type': 'application/json', 'x-forwarded-for': '10.255.255.1' },
    body: '{}',
  })
  const { session_id: sessionId } = await response.json()
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0]
  if (response.status !== 201 || !cookie)
    throw new Error(`session creation through the proxy: ${response.status}`)
  return { sessionId, cookie }
}

/**
 * Request `index` of the load: a status read or an execute, alternately, from visitor `index`. Through the
 * proxy as the widget sends them (Origin, the session cookie); direct as a server would (the API key).
 */
export function loadRequest({ sessionId, cookie }, direct) {
  const prefix = direct ? '/api/v1' : '/api/atthene'
  const common = direct ? { 'x-api-key': API_KEY } : { origin: PAGE_ORIGIN, cookie }
  const body = JSON.stringify({ message: 'Where is my order?' })
  const post = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
  return (index) => {
    const headers = { ...common, 'x-forwarded-for': visitor(index % VISITORS) }
    if (index % 2 === 0) return { method: 'GET', path: `${prefix}/runtime/${sessionId}/status/`, headers }
    return {
      method: 'POST',
      path: `${prefix}/runtime/${sessionId}/execute/`,
      headers: { ...headers, ...post },
      body,
    }
  }
}
