import type { RuntimeProxyOptions } from './types.ts'

/** How the proxy treats a browser origin: the app itself, another allowed site, or refused. */
export type OriginVerdict = 'public' | 'allowed' | 'refused'

function normalize(origin: string, option: string): string {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    throw new TypeError(`createRuntimeProxy: \`${option}\` entry ${JSON.stringify(origin)} is not an origin.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createRuntimeProxy: \`${option}\` entry ${JSON.stringify(origin)} is not http(s).`)
  }
  return url.origin
}

/**
 * Turns `publicOrigin` and `allowedOrigins` into a check. Only configuration decides: the request's `Host`
 * (which a DNS-rebinding page controls) never makes an origin same-origin.
 */
export function createOriginCheck(
  allowed: RuntimeProxyOptions['allowedOrigins'],
  publicOrigin: RuntimeProxyOptions['publicOrigin'],
): (origin: string) => OriginVerdict {
  const own = new Set(
    (typeof publicOrigin === 'string' ? [publicOrigin] : (publicOrigin ?? [])).map((origin) =>
      normalize(origin, 'publicOrigin'),
    ),
  )
  let isAllowed: (origin: string) => boolean
  if (allowed === '*') isAllowed = () => true
  else if (typeof allowed === 'function') isAllowed = (origin) => allowed(origin) === true
  else if (Array.isArray(allowed)) {
    const origins = new Set((allowed as readonly string[]).map((origin) => origin.replace(/\/+$/, '')))
    isAllowed = (origin) => origins.has(origin)
  } else {
    throw new TypeError(
      "createRuntimeProxy: `allowedOrigins` is required (a list of origins, '*' or a function).",
    )
  }
  return (origin) => (own.has(origin) ? 'public' : isAllowed(origin) ? 'allowed' : 'refused')
}
