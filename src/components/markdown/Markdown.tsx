import { useMemo, type ComponentPropsWithRef } from 'react'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'
import { parseMarkdown } from './parseMarkdown.ts'
import { renderBlocks } from './renderBlocks.tsx'

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

/**
 * Renders untrusted markdown (CommonMark with GitHub's tables, task lists, strikethrough and autolinks) as React
 * elements: raw HTML shows as text, links keep safe protocols only and open in a new tab, images need `https:`
 * or `data:image/*`, code blocks get a Copy button. Never uses `dangerouslySetInnerHTML`.
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
  const { copy, copied, copyCode, copyFailed, taskDone, taskOpen } = { ...defaultMarkdownLabels, ...labels }
  const tokens = useMemo(() => parseMarkdown(children), [children])
  const content = useMemo(
    () =>
      renderBlocks(tokens, {
        labels: { copy, copied, copyCode, copyFailed, taskDone, taskOpen },
        allowImages,
        highlightCode,
      }),
    [tokens, copy, copied, copyCode, copyFailed, taskDone, taskOpen, allowImages, highlightCode],
  )
  return (
    <div {...props} className={className ? `acw-markdown ${className}` : 'acw-markdown'}>
      {content}
    </div>
  )
}
