import { Lexer, type Token } from 'marked'

const CACHE_SIZE = 64
const cache = new Map<string, Token[]>()

/**
 * The block tokens of a markdown text (CommonMark with the GFM extensions), memoized per text: a thread renders
 * every message again on each reply, and a long reply takes a few milliseconds to parse.
 */
export function parseMarkdown(text: string): Token[] {
  const cached = cache.get(text)
  if (cached) {
    cache.delete(text)
    cache.set(text, cached)
    return cached
  }
  const tokens = Lexer.lex(text, { gfm: true, breaks: false, pedantic: false })
  cache.set(text, tokens)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  return tokens
}
