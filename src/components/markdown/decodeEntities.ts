const REFERENCE = /&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z\d]{1,31});/g
/** Used where there is no DOM (server rendering): the entities agents write most. */
const COMMON: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rarr: '→',
  larr: '←',
  times: '×',
  middot: '·',
  laquo: '«',
  raquo: '»',
  euro: '€',
  deg: '°',
}
const named = new Map<string, string>()
let decoder: HTMLTextAreaElement | undefined

/** One named reference, decoded by the browser's own table (a textarea's content is text only, never markup). */
function decodeNamed(reference: string): string {
  const cached = named.get(reference)
  if (cached !== undefined) return cached
  let value = COMMON[reference.slice(1, -1)] ?? reference
  if (typeof document !== 'undefined') {
    decoder ??= document.createElement('textarea')
    decoder.innerHTML = reference
    // A legacy prefix match (`&copyx;` read as `©x;`) is not an entity in CommonMark.
    value = decoder.value.length > 2 && decoder.value.endsWith(';') ? reference : decoder.value
  }
  named.set(reference, value)
  return value
}

function decodeNumeric(reference: string): string {
  const hex = reference[2] === 'x' || reference[2] === 'X'
  const code = parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10)
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
    ? '\ufffd'
    : String.fromCodePoint(code)
}

/**
 * Decodes HTML character references as CommonMark does: named (HTML5 list, with `;`), decimal and hex.
 * @example
 * decodeEntities('&copy; &#169;') // '© ©'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (reference) =>
    reference[1] === '#' ? decodeNumeric(reference) : decodeNamed(reference),
  )
}
