// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { remToHostUnits } from '../../src/widget/shadowStyles.ts'

describe('remToHostUnits', () => {
  it('turns rem lengths into --acw-rem multiples', () => {
    expect(remToHostUnits('a{padding:.25rem 1rem;width:min(100%,42rem)}')).toBe(
      'a{padding:calc(.25 * var(--acw-rem, 16px)) calc(1 * var(--acw-rem, 16px));width:min(100%,calc(42 * var(--acw-rem, 16px)))}',
    )
    expect(remToHostUnits('--acw-space-1: 0.25rem;')).toBe(
      '--acw-space-1: calc(0.25 * var(--acw-rem, 16px));',
    )
    expect(remToHostUnits('margin: -0.5rem')).toBe('margin: calc(-0.5 * var(--acw-rem, 16px))')
  })

  it('leaves other units and names that merely contain "rem" alone', () => {
    const css = '.acw-remove{font-size:1em;width:2px;--x-2rem:1;content:"3rem"}'
    expect(remToHostUnits(css)).toBe(css.replace('"3rem"', '"calc(3 * var(--acw-rem, 16px))"'))
  })
})
