import { useMemo, type ComponentPropsWithRef } from 'react'
import { compiler } from 'markdown-to-jsx'
import { createMarkdownOptions } from './createMarkdownOptions.tsx'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'

/** Props of {@link Markdown}. */
export interface MarkdownProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The markdown source: untrusted text, rendered without raw HTML. */
  children: string
  /** Render markdown images with an `https:` or `data:image/*` URL (else their alt text). @default true */
  allowImages?: boolean
  /** Texts of copy buttons and task markers (English by default). */
  labels?: Partial<MarkdownLabels>
}

/**
 * Renders untrusted markdown safely: raw HTML shows as text, links keep safe protocols only and open in a new
 * tab, images need `https:` or `data:image/*`, code blocks get a Copy button. Never uses `dangerouslySetInnerHTML`.
 * @example
 * <Markdown>{message.text}</Markdown>
 */
export function Markdown({ children, allowImages = true, labels, className, ...props }: MarkdownProps) {
  const { copy, copied, copyCode, copyFailed, taskDone, taskOpen } = { ...defaultMarkdownLabels, ...labels }
  const options = useMemo(
    () => createMarkdownOptions({ copy, copied, copyCode, copyFailed, taskDone, taskOpen }, allowImages),
    [copy, copied, copyCode, copyFailed, taskDone, taskOpen, allowImages],
  )
  const content = useMemo(() => compiler(children, options), [children, options])
  return (
    <div {...props} className={className ? `acw-markdown ${className}` : 'acw-markdown'}>
      {content}
    </div>
  )
}
