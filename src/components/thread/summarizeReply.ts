/**
 * The first `max` characters of a reply as plain text for a screen reader announcement: markdown marks,
 * link targets and code fences removed, whitespace collapsed, "…" when cut.
 * @example
 * summarizeReply('**Done.** See [the docs](https://x.y).') // 'Done. See the docs.'
 */
export function summarizeReply(text: string, max = 140): string {
  const plain = text
    .replace(/```[^\n]*/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/(^|[^\w*])[*_](\S(?:[^*_\n]*\S)?)[*_](?![\w*])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
  const characters = Array.from(plain)
  return characters.length > max ? `${characters.slice(0, max).join('').trimEnd()}…` : plain
}
