/** One `--acw-*` custom property with its light and dark values, as declared in tokens.css. */
export interface DesignToken {
  readonly name: string
  readonly light: string
  readonly dark: string
}

const DECLARATION = /(--acw-[\w-]+)\s*:\s*([^;]+);/g

/** The declarations of the first rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start === -1) return new Map()
  const body = css.slice(start, css.indexOf('}', start))
  return new Map([...body.matchAll(DECLARATION)].map((match) => [match[1]!, match[2]!.trim()]))
}

/** Pure: every token of tokens.css, in declaration order, with its dark value (the light one when not overridden). */
export function parseTokens(css: string): DesignToken[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const light = declarations(withoutComments, '.acw-root')
  const dark = declarations(withoutComments, ".acw-root[data-theme='dark']")
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) ?? value }))
}
