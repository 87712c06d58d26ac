const KEEP = /[\w;/?:@&=+$,\-.!~*'()#]/
const ESCAPED = /^%[\da-fA-F]{2}/

/**
 * Percent-encodes a link destination as CommonMark renderers do: characters outside the URL set are encoded,
 * existing `%XX` escapes are kept.
 * @example
 * encodeDestination('/föö bar') // '/f%C3%B6%C3%B6%20bar'
 */
export function encodeDestination(url: string): string {
  let out = ''
  for (let index = 0; index < url.length; index++) {
    const char = url[index]!
    if (char === '%' && ESCAPED.test(url.slice(index, index + 3))) {
      out += url.slice(index, index + 3)
      index += 2
    } else if (KEEP.test(char)) {
      out += char
    } else {
      const symbol = String.fromCodePoint(url.codePointAt(index)!)
      index += symbol.length - 1
      try {
        out += encodeURIComponent(symbol)
      } catch {
        out += '%EF%BF%BD'
      }
    }
  }
  return out
}
