import { describe, expect, it } from 'vitest'
import { formatJson, truncateText } from '../../../src/components/tools/formatJson.ts'

describe('formatJson', () => {
  it('pretty-prints objects and arrays', () => {
    expect(formatJson({ a: 1, b: [true, null] })).toBe('{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}')
  })

  it('re-indents a string that holds JSON, and keeps other strings as they are', () => {
    expect(formatJson('{"a":1}')).toBe('{\n  "a": 1\n}')
    expect(formatJson('  [1,2]')).toBe('[\n  1,\n  2\n]')
    expect(formatJson('{not json')).toBe('{not json')
    expect(formatJson('plain <b>text</b>')).toBe('plain <b>text</b>')
  })

  it('never throws: BigInt, circular values, undefined and functions', () => {
    const circular: Record<string, unknown> = { name: 'loop' }
    circular.self = circular
    expect(formatJson({ big: 10n })).toBe('{\n  "big": "10"\n}')
    expect(formatJson(circular)).toContain('"self": "[Circular]"')
    expect(formatJson(undefined)).toBe('')
    expect(formatJson(() => 1)).toBe('')
    expect(formatJson(42)).toBe('42')
  })
})

describe('truncateText', () => {
  it('keeps short text', () => {
    expect(truncateText('abc', 3)).toEqual({ text: 'abc', truncated: false })
  })

  it('cuts long text with an ellipsis', () => {
    expect(truncateText('abcdef', 4)).toEqual({ text: 'abcd…', truncated: true })
  })

  it('never splits a surrogate pair', () => {
    const { text } = truncateText('ab😀cd', 3)
    expect(text).toBe('ab…')
    expect(encodeURIComponent(text)).toBe('ab%E2%80%A6')
  })
})
