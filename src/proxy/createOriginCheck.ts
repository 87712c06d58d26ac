import type { RuntimeProxyOptions } from './types.ts'

/** Turns `allowedOrigins` into a predicate; list entries are compared without a trailing slash. */
export function createOriginCheck(
  allowed: RuntimeProxyOptions['allowedOrigins'],
): (origin: string) => boolean {
  if (allowed === '*') return () => true
  if (typeof allowed === 'function') return (origin) => allowed(origin) === true
  if (!Array.isArray(allowed)) {
    throw new TypeError(
      "createRuntimeProxy: `allowedOrigins` is required (a list of origins, '*' or a function).",
    )
  }
  const origins = new Set((allowed as readonly string[]).map((origin) => origin.replace(/\/+$/, '')))
  return (origin) => origins.has(origin)
}
