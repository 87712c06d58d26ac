/** The cookie that lists the sessions a visitor created through the proxy. */
export const SESSION_COOKIE = 'atthene_sessions'

/** The most sessions one cookie remembers (the oldest are dropped first). */
const MAX_SESSIONS = 20
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60
/** Verified cookie values remembered, so that a visitor's every request does not redo the HMAC. */
const VERIFIED_CACHE_SIZE = 1_000

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[\w-]*$/.test(text)) return undefined
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

/** Cookie attributes: where the cookie goes, and whether only over HTTPS. */
export interface SessionCookieScope {
  readonly path: string
  readonly secure: boolean
  /** `SameSite=None` (HTTPS only), so that other allowed sites can send it with `credentials: 'include'`. */
  readonly crossSite: boolean
}

/**
 * Binds sessions to a visitor without server state: an HMAC-signed, HttpOnly cookie holding the ids of the
 * sessions the visitor created. Any instance with the same secret can check it.
 */
export function createSessionBinding(secret: string | undefined) {
  const keyBytes = secret ? new TextEncoder().encode(secret) : crypto.getRandomValues(new Uint8Array(32))
  const key = crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])

  // Only cookies whose signature checked out are kept, keyed by the whole value (payload and signature), and at
  // most VERIFIED_CACHE_SIZE of them, least recently used first out: a forged value is never a hit, and failures
  // are not remembered at all, so a flood of forgeries costs HMACs but no memory.
  const verified = new Map<string, readonly string[]>()

  /** The session ids the request's `Cookie` header proves the caller created (empty without a valid cookie). */
  async function owned(cookieHeader: string | null): Promise<readonly string[]> {
    const value = readCookie(cookieHeader, SESSION_COOKIE)
    if (!value) return []
    const known = verified.get(value)
    if (known) {
      verified.delete(value)
      verified.set(value, known)
      return known
    }
    const [payload = '', signature = ''] = value.split('.')
    const data = fromBase64Url(payload)
    const mac = fromBase64Url(signature)
    if (!data || !mac) return []
    const valid = await crypto.subtle.verify('HMAC', await key, mac, data)
    if (!valid) return []
    const ids = new TextDecoder().decode(data).split(' ').filter(Boolean)
    verified.set(value, ids)
    if (verified.size > VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value ?? '')
    return ids
  }

  /** The `Set-Cookie` value that adds `sessionId` to the caller's sessions. */
  async function bind(
    existing: readonly string[],
    sessionId: string,
    scope: SessionCookieScope,
  ): Promise<string> {
    const ids = [...existing.filter((id) => id !== sessionId), sessionId].slice(-MAX_SESSIONS)
    const data = new TextEncoder().encode(ids.join(' '))
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data))
    const attributes = [
      `${SESSION_COOKIE}=${toBase64Url(data)}.${toBase64Url(mac)}`,
      `Path=${scope.path}`,
      `Max-Age=${MAX_AGE_SECONDS}`,
      'HttpOnly',
      scope.secure && scope.crossSite ? 'SameSite=None' : 'SameSite=Lax',
    ]
    if (scope.secure) attributes.push('Secure')
    return attributes.join('; ')
  }

  return { owned, bind }
}
