import { describe, expect, it } from 'vitest'
import { summarizeReply } from '../../../src/components/thread/summarizeReply.ts'

describe('summarizeReply', () => {
  it('removes markdown marks and link targets, and collapses whitespace', () => {
    expect(summarizeReply('## Done\n\n**Bold** and `code` in [the docs](https://x.y).\n\n- one\n- two')).toBe(
      'Done Bold and code in the docs. one two',
    )
  })

  it('removes single-mark emphasis but keeps snake_case and arithmetic', () => {
    expect(summarizeReply('First, *italic* and _also_ here')).toBe('First, italic and also here')
    expect(summarizeReply('call snake_case_name with 2 * 3 * 4')).toBe('call snake_case_name with 2 * 3 * 4')
  })

  it('drops code fences but keeps the code', () => {
    expect(summarizeReply('Run:\n```sh\nnpm test\n```')).toBe('Run: npm test')
  })

  it('keeps the first 140 characters and marks the cut', () => {
    const summary = summarizeReply('word '.repeat(100))
    expect(summary.endsWith('…')).toBe(true)
    expect(Array.from(summary).length).toBeLessThanOrEqual(141)
    expect(summarizeReply('x'.repeat(140))).toBe('x'.repeat(140))
  })

  it('counts characters, not UTF-16 units', () => {
    expect(summarizeReply('😀'.repeat(150), 3)).toBe('😀😀😀…')
  })
})
