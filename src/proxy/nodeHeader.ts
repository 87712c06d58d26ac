/** One header of a `node:http` headers record; repeated ones joined with `, ` (Node joins most of them already). */
export function nodeHeader(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  name: string,
): string | null {
  const value = headers[name]
  if (value === undefined) return null
  return typeof value === 'string' ? value : value.join(', ')
}
