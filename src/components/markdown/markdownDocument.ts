import { Lexer, type Token } from 'marked'

/**
 * A markdown text split into its top-level blocks, whose inline content (emphasis, links, code spans) is lexed
 * a chunk at a time: a 50 kB reply renders in steps that each stay well under a frame's worth of work, instead
 * of one long task. Every block boundary and every link definition is known from the start (the block pass
 * reads the whole text), so the blocks come out exactly as a one-pass parse would give them.
 */
export interface MarkdownDocument {
  /** The top-level block tokens; only those before `chunks.at(-1)` have their inline tokens yet. */
  readonly blocks: readonly Token[]
  /** The end (exclusive block index) of each chunk made ready so far, in order. */
  readonly chunks: readonly number[]
  /** Whether every block is ready. */
  readonly done: boolean
  /** Makes the next chunk ready: blocks up to about `bytes` of source (at least one block). */
  advance(bytes: number): void
}

const CACHE_SIZE = 64
const cache = new Map<string, MarkdownDocument>()

/**
 * The document of a markdown text (CommonMark with the GFM extensions), memoized per text: a thread renders its
 * messages again on each reply and when they scroll back into view, and a long reply is parsed once.
 */
export function markdownDocument(text: string): MarkdownDocument {
  const cached = cache.get(text)
  if (cached) {
    cache.delete(text)
    cache.set(text, cached)
    return cached
  }
  const document = createDocument(text)
  cache.set(text, document)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return document
}

function createDocument(text: string): MarkdownDocument {
  const lexer = new Lexer({ gfm: true, breaks: false, pedantic: false })
  // What `Lexer.lex` does, with its inline pass kept for later: the block pass, then the queue of inline runs.
  const blocks = lexer.blockTokens(text.replace(/\r\n|\r/g, '\n'), lexer.tokens)
  const queue = lexer.inlineQueue
  lexer.inlineQueue = []
  const blockOf = ownerOfRuns(blocks, queue)
  const chunks: number[] = []
  let ready = 0
  let run = 0

  return {
    blocks,
    chunks,
    get done() {
      return ready >= blocks.length
    },
    advance(bytes) {
      if (ready >= blocks.length) return
      let budget = bytes
      do {
        budget -= blocks[ready]!.raw.length
        ready += 1
        while (run < queue.length && blockOf[run]! < ready) {
          const { src, tokens } = queue[run]!
          lexer.state.inRawBlock = false
          lexer.inlineTokens(src, tokens)
          run += 1
        }
      } while (ready < blocks.length && budget > 0 && budget >= blocks[ready]!.raw.length)
      chunks.push(ready)
    },
  }
}

/** For each queued inline run, the index of the top-level block whose token tree holds its `tokens` array. */
function ownerOfRuns(blocks: readonly Token[], queue: readonly { tokens: Token[] }[]): number[] {
  const owner = new Map<unknown, number>()
  const visit = (value: unknown, block: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, block)
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'tokens' && Array.isArray(child)) owner.set(child, block)
        if (typeof child === 'object') visit(child, block)
      }
    }
  }
  blocks.forEach((token, index) => visit(token, index))
  // Runs come in document order; one not found (never expected) belongs with the run before it.
  let last = 0
  return queue.map(({ tokens }) => (last = owner.get(tokens) ?? last))
}
