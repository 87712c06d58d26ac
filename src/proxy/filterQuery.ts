/** Values the proxy lets through, per query parameter. */
const VALID: Record<string, RegExp> = {
  limit: /^\d{1,9}$/,
  offset: /^\d{1,9}$/,
  agent_key: /^.{1,200}$/su,
}

/** The query string (with `?`, or empty) holding only the named, well-formed parameters. */
export function filterQuery(params: URLSearchParams, names: readonly string[]): string {
  const kept = new URLSearchParams()
  for (const name of names) {
    const value = params.get(name)
    if (value !== null && VALID[name]?.test(value)) kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `?${query}` : ''
}
