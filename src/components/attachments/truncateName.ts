/**
 * Shorten a file name for display, keeping its start and its extension: `a-very-long-rep…ort.pdf`.
 * Show the full name in a `title` next to it.
 */
export function truncateName(name: string, max = 40): string {
  const chars = Array.from(name)
  if (chars.length <= max) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 8 ? Array.from(name.slice(dot)) : []
  const tail = Math.max(extension.length + 3, Math.floor((max - 1) / 3))
  const head = max - 1 - tail
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`
}
