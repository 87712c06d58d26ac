import type { ComponentPropsWithRef } from 'react'
import type { MessageRole } from '../../client/types.ts'
import { Markdown } from '../markdown/Markdown.tsx'
import type { MarkdownLabels } from '../markdown/markdownLabels.ts'

/** Props of {@link MessageBody}. */
export interface MessageBodyProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** Who wrote the text: only the assistant's text is read as markdown. */
  author: MessageRole
  /** The message text (untrusted). */
  text: string
  /** Texts of the markdown copy buttons. */
  labels?: Partial<MarkdownLabels>
  /** Render markdown images in assistant text. @default true */
  allowImages?: boolean
  /** Colour code blocks in assistant text; the highlighter loads on first use. @default false */
  highlightCode?: boolean
}

/**
 * A message's text: the assistant's as safe markdown, everyone else's as plain text with line breaks kept.
 * Renders nothing for empty text.
 * @example
 * <MessageBody author={message.role} text={message.text} />
 */
export function MessageBody({
  author,
  text,
  labels,
  allowImages,
  highlightCode,
  className,
  ...props
}: MessageBodyProps) {
  if (text.trim() === '') return null
  const classes = className ? `acw-message__text ${className}` : 'acw-message__text'
  if (author === 'assistant') {
    return (
      <Markdown
        {...props}
        className={classes}
        labels={labels}
        allowImages={allowImages}
        highlightCode={highlightCode}
      >
        {text}
      </Markdown>
    )
  }
  return (
    <div {...props} className={classes} data-format="plain">
      {text}
    </div>
  )
}
