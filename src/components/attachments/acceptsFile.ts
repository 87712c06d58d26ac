/** Split an `accept` value (`'image/*,.pdf'` or `['image/*', '.pdf']`) into trimmed, lower-case entries. */
export function parseAccept(accept: string | readonly string[] | undefined): string[] {
  if (accept === undefined) return []
  const parts = typeof accept === 'string' ? accept.split(',') : accept.flatMap((entry) => entry.split(','))
  return parts.map((part) => part.trim().toLowerCase()).filter((part) => part !== '')
}

/**
 * Whether a file matches an HTML `accept` list: MIME types (`application/pdf`), wildcards (`image/*`)
 * or extensions (`.pdf`). An empty list accepts everything.
 */
export function acceptsFile(
  file: { readonly name: string; readonly type: string },
  accept: string | readonly string[] | undefined,
): boolean {
  const entries = parseAccept(accept)
  if (entries.length === 0) return true
  const name = file.name.toLowerCase()
  const type = file.type.toLowerCase().split(';')[0]?.trim() ?? ''
  return entries.some((entry) => {
    if (entry.startsWith('.')) return name.endsWith(entry)
    if (entry === '*' || entry === '*/*') return true
    if (entry.endsWith('/*')) return type.startsWith(entry.slice(0, -1))
    return type === entry
  })
}
