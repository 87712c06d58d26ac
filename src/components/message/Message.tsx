import type { ComponentPropsWithRef } from 'react'
import type { RuntimeErrorInfo } from '../../client/types.ts'
import type { ChatMessage } from '../../store/types.ts'
import type { MarkdownLabels } from '../markdown/markdownLabels.ts'
import type { ToolLabels } from '../tools/toolLabels.ts'
import { ToolUsagePanel, type ToolRenderers } from '../tools/ToolUsagePanel.tsx'
import { MessageAttachments } from './MessageAttachments.tsx'
import { MessageBody } from './MessageBody.tsx'
import { MessageDelivery } from './MessageDelivery.tsx'
import { MessageDetails } from './MessageDetails.tsx'
import { defaultMessageLabels, type MessageLabels } from './messageLabels.ts'
import { MessageTime } from './MessageTime.tsx'

/** Every text a message shows: its own, its markdown's and its tool panel's. */
export type MessageLabelsAll = MessageLabels & MarkdownLabels & ToolLabels

/** Props of {@link Message}. */
export interface MessageProps extends ComponentPropsWithRef<'article'> {
  /** The message to show. */
  message: ChatMessage
  /** BCP 47 locale of the time. @default the browser's */
  locale?: string
  /** Texts (English by default); a full label catalog may be passed. */
  labels?: Partial<MessageLabelsAll>
  /** The text shown for a failed delivery. @default error.message */
  describeError?: (error: RuntimeErrorInfo) => string
  /** Resends a failed message, by key. */
  onRetry?: (key: string) => void
  /** Drops a failed message, by key. */
  onDiscard?: (key: string) => void
  /** Custom tool renderers by tool name. */
  toolRenderers?: ToolRenderers
  /** Render markdown images in assistant text. @default true */
  allowImages?: boolean
  /** Colour code blocks in assistant text; the highlighter loads on first use. @default false */
  highlightCode?: boolean
}

/**
 * One message: the user's as plain text, the assistant's as safe markdown with its tool calls; attachments,
 * time, delivery state (with Retry / Discard when it failed) and a details disclosure with the correlation id.
 * @example
 * <Message message={message} onRetry={retry} onDiscard={discard} />
 */
export function Message(props: MessageProps) {
  const {
    message,
    locale,
    labels,
    describeError,
    onRetry,
    onDiscard,
    toolRenderers,
    allowImages,
    highlightCode,
    className,
    ...rest
  } = props
  const text = { ...defaultMessageLabels, ...labels }
  const author = { user: text.you, assistant: text.assistant, system: text.system, tool: text.tool }[
    message.role
  ]
  const hasAttachments =
    Boolean(message.attachments?.length) ||
    (typeof message.content !== 'string' && message.content.some((block) => block.type !== 'text'))
  return (
    <article
      {...rest}
      className={className ? `acw-message ${className}` : 'acw-message'}
      data-role={message.role}
      data-state={message.delivery?.status}
    >
      <span className="acw-visually-hidden">{author}:</span>
      {message.role === 'assistant' && (
        <ToolUsagePanel toolCalls={message.toolCalls} toolRenderers={toolRenderers} labels={labels} />
      )}
      {(message.text.trim() !== '' || hasAttachments) && (
        <div className="acw-message__bubble">
          <MessageBody
            author={message.role}
            text={message.text}
            labels={labels}
            allowImages={allowImages}
            highlightCode={highlightCode}
          />
          <MessageAttachments content={message.content} attachments={message.attachments} labels={labels} />
        </div>
      )}
      <div className="acw-message__meta">
        <MessageTime time={message.createdAt} locale={locale} />
        {message.delivery && (
          <MessageDelivery
            messageKey={message.key}
            delivery={message.delivery}
            labels={labels}
            describeError={describeError}
            onRetry={onRetry}
            onDiscard={onDiscard}
            unsaved={message.unsaved}
          />
        )}
        {message.correlationId && <MessageDetails correlationId={message.correlationId} labels={labels} />}
      </div>
    </article>
  )
}
