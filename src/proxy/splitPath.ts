/** Segments that start the API part of a path when no `basePath` is given. */
const API_ROOTS = new Set(['runtime', 'sessions', 'files'])

/**
 * The path segments after the base path (trailing slash optional), or `undefined` when the path is outside
 * the base path. Safety comes later: only literal segments and well-formed ids are ever forwarded.
 */
export function splitPath(pathname: string, basePath: readonly string[] | undefined): string[] | undefined {
  const all = pathname.split('/').slice(1)
  let start: number
  if (basePath) {
    if (!basePath.every((segment, index) => all[index] === segment)) return undefined
    start = basePath.length
  } else {
    start = all.findIndex((segment) => API_ROOTS.has(segment))
    if (start < 0) return undefined
  }
  const rest = all.slice(start)
  if (rest.length > 0 && rest[rest.length - 1] === '') rest.pop()
  return rest
}
