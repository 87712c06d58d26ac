import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseTokens } from '../../stories/parseTokens.ts'

describe('parseTokens (the Design tokens page)', () => {
  it('lists every --acw-* token of tokens.css with its light and dark value', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8')
    const tokens = parseTokens(css)
    const declared = new Set(
      [...css.slice(0, css.indexOf('}')).matchAll(/(--acw-[\w-]+)\s*:/g)].map((match) => match[1]),
    )
    expect(tokens.map((token) => token.name)).toEqual([...declared])
    expect(tokens.find((token) => token.name === '--acw-color-bg')).toEqual({
      name: '--acw-color-bg',
      light: '#ffffff',
      dark: '#15181e',
    })
    expect(tokens.find((token) => token.name === '--acw-space-1')?.dark).toBe('0.25rem')
  })
})
