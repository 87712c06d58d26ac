type MarkdownEngine = typeof import('./markdownEngine.ts')

let engine: MarkdownEngine | undefined
let loading: Promise<MarkdownEngine> | undefined
const listeners = new Set<() => void>()

/**
 * Loads the markdown parser and renderer (about 18 kB gzip, a chunk of its own). `Markdown` loads it on first
 * use and shows the plain text until then; call this earlier (when the chat opens, or before a server render
 * and before hydrating) so replies render as markdown from their first frame. Resolves once it is ready; a
 * failed load rejects, and the next call tries again.
 * @example
 * await preloadMarkdown()
 */
export function preloadMarkdown(): Promise<void> {
  loading ??= import('./markdownEngine.ts').then(
    (loaded) => {
      engine = loaded
      for (const listener of listeners) listener()
      return loaded
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading.then(() => undefined)
}

/** The loaded engine, or `undefined` before it is loaded. */
export const markdownEngine = (): MarkdownEngine | undefined => engine

/** Calls `listener` once the engine is loaded; returns the unsubscribe function. */
export function subscribeMarkdownEngine(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
