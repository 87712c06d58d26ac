/**
 * Pretty-prints a tool's arguments or result for display: objects as indented JSON, a string that holds JSON
 * re-indented, any other string as is. Never throws (circular values and BigInts are handled).
 * @example
 * formatJson({ city: 'Paris' }) // '{\n  "city": "Paris"\n}'
 */
export function formatJson(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') {
    const trimmed = value.trim()
    if (!/^[[{]/.test(trimmed)) return value
    try {
      return JSON.stringify(JSON.parse(trimmed), null, 2)
    } catch {
      return value
    }
  }
  try {
    const seen = new WeakSet<object>()
    const text = JSON.stringify(
      value,
      (_key, item: unknown) => {
        if (typeof item === 'bigint') return item.toString()
        if (typeof item === 'object' && item !== null) {
          if (seen.has(item)) return '[Circular]'
          seen.add(item)
        }
        return item
      },
      2,
    )
    return text ?? ''
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/** A text cut to at most `max` characters (never inside a surrogate pair), and whether it was cut. */
export function truncateText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false }
  let end = Math.max(0, max)
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return { text: `${text.slice(0, end)}…`, truncated: true }
}
