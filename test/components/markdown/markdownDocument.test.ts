import { Lexer } from 'marked'
import { describe, expect, it } from 'vitest'
import { markdownDocument } from '../../../src/components/markdown/markdownDocument.ts'
import { AGENT_REPLY } from '../../../stories/agentMarkdown.ts'
import { commonMarkExamples, gfmExamples } from './specExamples.ts'

// The document lexes inline content a chunk at a time; chunked or not, the tokens must be those of one pass.

const onePass = (text: string) => Lexer.lex(text, { gfm: true, breaks: false, pedantic: false })

/** The document of `text` made ready one block per step (the smallest chunks there are). */
function blockByBlock(text: string) {
  const document = markdownDocument(`${text}`)
  let steps = 0
  while (!document.done) {
    document.advance(1)
    steps += 1
  }
  return { document, steps }
}

describe('markdownDocument', () => {
  it('gives every CommonMark and GFM spec example the tokens of a one-pass parse, one block per step', () => {
    const examples = [...commonMarkExamples(), ...gfmExamples()]
    expect(examples.length).toBeGreaterThan(600)
    for (const { markdown, number } of examples) {
      const { document } = blockByBlock(markdown)
      expect([...document.blocks], `example ${number}`).toEqual([...onePass(markdown)])
    }
  })

  it('resolves a reference link whose definition comes in a later chunk', () => {
    const text = `See [the FAQ] first.\n\n${'Filler paragraph.\n\n'.repeat(200)}[the FAQ]: https://example.com/faq`
    const { document, steps } = blockByBlock(text)
    expect(steps).toBeGreaterThan(100)
    const link = (document.blocks[0] as { tokens: { type: string; href?: string }[] }).tokens[1]
    expect(link).toMatchObject({ type: 'link', href: 'https://example.com/faq' })
  })

  it('makes about `bytes` of source ready per step, at least one block, and the chunks cover every block', () => {
    const text = Array.from({ length: 20 }, (_, index) => `## Part ${index}\n\n${AGENT_REPLY}`).join('\n\n')
    const document = markdownDocument(text)
    while (!document.done) document.advance(2048)
    const { blocks, chunks } = document
    expect(chunks.at(-1)).toBe(blocks.length)
    chunks.forEach((end, index) => {
      const start = chunks[index - 1] ?? 0
      expect(end).toBeGreaterThan(start)
      const bytes = blocks.slice(start, end).reduce((sum, block) => sum + block.raw.length, 0)
      // Over the budget only when one block alone is larger.
      if (end - start > 1) expect(bytes).toBeLessThanOrEqual(2048)
    })
    expect([...blocks]).toEqual([...onePass(text)])
    expect(markdownDocument(text)).toBe(document)
  })
})
