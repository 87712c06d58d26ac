import { memo, useEffect, useMemo, useReducer, useSyncExternalStore, type ComponentPropsWithRef } from 'react'
import type { MarkdownDocument } from './markdownDocument.ts'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'
import { markdownEngine, preloadMarkdown, subscribeMarkdownEngine } from './preloadMarkdown.ts'
import type { RenderContext } from './RenderContext.ts'

/** Props of {@link Markdown}. */
export interface MarkdownProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The markdown source: untrusted text, rendered without raw HTML. */
  children: string
  /** Render markdown images with an `https:` or `data:image/*` URL (else their alt text). @default true */
  allowImages?: boolean
  /**
   * Colour code blocks whose fence names a known language. The highlighter is loaded on first use, never with
   * the initial bundle. @default false
   */
  highlightCode?: boolean
  /** Texts of copy buttons and task markers (English by default). */
  labels?: Partial<MarkdownLabels>
}

/** Source bytes rendered per step: a long reply renders in steps, none of them a long task. */
const CHUNK_BYTES = 2048

/**
 * Renders untrusted markdown (CommonMark with GitHub's tables, task lists, strikethrough and autolinks) as React
 * elements: raw HTML shows as text, links keep safe protocols only and open in a new tab, images need `https:`
 * or `data:image/*`, code blocks get a Copy button. Never uses `dangerouslySetInnerHTML`.
 *
 * The parser loads on first use (see {@link preloadMarkdown}); until then the text shows as it is. A long text
 * renders 2 kB at a time, one step per task, so that no step blocks input for long.
 * @example
 * <Markdown highlightCode>{message.text}</Markdown>
 */
export function Markdown({
  children,
  allowImages = true,
  highlightCode = false,
  labels,
  className,
  ...props
}: MarkdownProps) {
  const engine = useSyncExternalStore(subscribeMarkdownEngine, markdownEngine, markdownEngine)
  useEffect(() => {
    // A failed load leaves the plain text, which is all there; the next Markdown to mount tries again.
    if (!engine) preloadMarkdown().catch(() => undefined)
  }, [engine])
  const { copy, copied, copyCode, copyFailed, taskDone, taskOpen } = { ...defaultMarkdownLabels, ...labels }
  const context = useMemo<RenderContext>(
    () => ({
      labels: { copy, copied, copyCode, copyFailed, taskDone, taskOpen },
      allowImages,
      highlightCode,
    }),
    [copy, copied, copyCode, copyFailed, taskDone, taskOpen, allowImages, highlightCode],
  )
  const document = useMemo(() => engine?.markdownDocument(children), [engine, children])
  const classes = className ? `acw-markdown ${className}` : 'acw-markdown'
  if (!document) {
    return (
      <div {...props} className={classes} data-pending="">
        <p className="acw-markdown__source">{children}</p>
      </div>
    )
  }
  return (
    <div {...props} className={classes}>
      <MarkdownChunks document={document} context={context} />
    </div>
  )
}

/** The document's chunks, rendered one more per task until all are. */
function MarkdownChunks({ document, context }: { document: MarkdownDocument; context: RenderContext }) {
  const [, next] = useReducer((n: number) => n + 1, 0)
  // Idempotent: the document keeps its progress, so a render React throws away costs nothing later.
  if (document.chunks.length === 0) document.advance(CHUNK_BYTES)
  useEffect(() => {
    if (document.done) return
    const timer = setTimeout(() => {
      document.advance(CHUNK_BYTES)
      next()
    })
    return () => clearTimeout(timer)
  })
  return document.chunks.map((end, index) => (
    <MarkdownChunk
      key={index}
      document={document}
      start={document.chunks[index - 1] ?? 0}
      end={end}
      context={context}
    />
  ))
}

/** One chunk of blocks: rendered once, then left alone while later chunks arrive. */
const MarkdownChunk = memo(function MarkdownChunk({
  document,
  start,
  end,
  context,
}: {
  document: MarkdownDocument
  start: number
  end: number
  context: RenderContext
}) {
  const engine = markdownEngine()!
  return engine.renderBlocks(document.blocks.slice(start, end), context)
})
