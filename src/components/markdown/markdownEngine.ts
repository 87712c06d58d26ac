// The part of `Markdown` that loads on demand: the parser (marked's lexer) and the token-to-React renderer.
export { markdownDocument } from './markdownDocument.ts'
export type { MarkdownDocument } from './markdownDocument.ts'
export { renderBlocks } from './renderBlocks.tsx'
