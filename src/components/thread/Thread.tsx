import { useCallback, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { ChatMessage } from '../../store/types.ts'
import { Message } from '../message/Message.tsx'
import { summarizeReply } from './summarizeReply.ts'
import { defaultThreadLabels, type ThreadLabels } from './threadLabels.ts'
import { groupPosition } from './groupPosition.ts'
import { ThreadEmptyState } from './ThreadEmptyState.tsx'
import { ThreadRow } from './ThreadRow.tsx'
import { useReplyAnnouncement } from './useReplyAnnouncement.ts'
import { useStableMessageProps, type ThreadMessageProps } from './useStableMessageProps.ts'
import { useThreadScroll } from './useThreadScroll.ts'

/** Props of {@link Thread}. */
export interface ThreadProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The messages, oldest first; each `key` is stable. */
  messages: readonly ChatMessage[]
  /** Renders one message; keep it stable (`useCallback`). @default a `Message` with `messageProps` */
  renderMessage?: (message: ChatMessage) => ReactNode
  /** Props for every default `Message` (handlers may change freely; keep other objects stable). */
  messageProps?: ThreadMessageProps
  /** Called when the reader nears the top and `hasOlder` is true. */
  onLoadOlder?: () => void
  /** Whether older messages exist. @default false */
  hasOlder?: boolean
  /** Whether older messages are loading. @default false */
  isLoadingOlder?: boolean
  /** Whether the assistant is working: the log is `aria-busy` and replies are announced when it ends. @default false */
  isWorking?: boolean
  /** Texts (English by default); a full label catalog may be passed. */
  labels?: Partial<ThreadLabels>
  /** Shown instead of the list when there are no messages (not while loading them). @default a title and a description */
  empty?: ReactNode
  /** Prompts the default empty state offers; choosing one calls `onSuggestion`. */
  suggestions?: readonly string[]
  /** Called with a suggested prompt the user chose (the default empty state shows them only with it). */
  onSuggestion?: (prompt: string) => void
  /** Shown below the last message, such as a working indicator. */
  footer?: ReactNode
  /** Estimated height of an unmeasured row, in px. @default 96 */
  estimateSize?: number
  /** Distance from the bottom that still counts as "at the bottom", in px. @default 120 */
  bottomThreshold?: number
}

/**
 * The conversation: a virtualized log that follows new messages only while the reader is at the bottom, shows
 * "Jump to latest" with a count otherwise, loads older messages near the top without moving what the reader
 * sees, scrolls only itself, and announces finished replies politely.
 * @example
 * <Thread messages={messages} isWorking={isWorking} hasOlder={hasOlder} onLoadOlder={fetchOlder} footer={<Working />} />
 */
export function Thread(props: ThreadProps) {
  const {
    messages,
    renderMessage,
    messageProps,
    onLoadOlder,
    hasOlder = false,
    isLoadingOlder = false,
    ...other
  } = props
  const {
    isWorking = false,
    labels,
    empty,
    suggestions,
    onSuggestion,
    footer,
    estimateSize = 96,
    bottomThreshold = 120,
    className,
    ...rest
  } = other
  const text = { ...defaultThreadLabels, ...labels }
  const { viewportRef, footerRef, virtualizer, atBottom, unseen, onScroll, jumpToLatest } = useThreadScroll({
    messages,
    hasOlder,
    isLoadingOlder,
    onLoadOlder,
    estimateSize,
    bottomThreshold,
    topThreshold: bottomThreshold * 2,
  })
  const stableMessageProps = useStableMessageProps(messageProps)
  const render = useCallback(
    (message: ChatMessage) =>
      renderMessage ? renderMessage(message) : <Message {...stableMessageProps} message={message} />,
    [renderMessage, stableMessageProps],
  )
  const announcement = useReplyAnnouncement(messages, isWorking, (reply) =>
    text.assistantReplied(summarizeReply(reply.text)),
  )

  return (
    <div
      {...rest}
      className={className ? `acw-thread ${className}` : 'acw-thread'}
      data-state={atBottom ? 'at-bottom' : 'scrolled-up'}
    >
      <div
        ref={viewportRef}
        className="acw-thread__viewport"
        role="log"
        aria-label={text.threadLabel}
        // Rows mount and unmount as the reader scrolls: only the status region below announces.
        aria-live="off"
        aria-busy={isWorking || isLoadingOlder}
        tabIndex={0}
        onScroll={onScroll}
      >
        {messages.length === 0 ? (
          !isLoadingOlder &&
          (empty ?? <ThreadEmptyState suggestions={suggestions} onSuggestion={onSuggestion} labels={text} />)
        ) : (
          <div className="acw-thread__list" style={{ height: virtualizer.total }}>
            {virtualizer.rows.map((item) => (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-key={item.key}
                data-group={groupPosition(messages, item.index)}
                className="acw-thread__row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ThreadRow message={messages[item.index]!} render={render} />
              </div>
            ))}
          </div>
        )}
        <div ref={footerRef} className="acw-thread__footer">
          {footer}
        </div>
      </div>
      <div className="acw-thread__loading" role="status">
        {isLoadingOlder ? text.loadingOlder : null}
      </div>
      {!atBottom && (
        <button type="button" className="acw-thread__jump" onClick={jumpToLatest}>
          {text.jumpToLatest}{' '}
          {unseen > 0 && <span className="acw-thread__jump-count">{text.newMessages(unseen)}</span>}
        </button>
      )}
      <div className="acw-visually-hidden" role="status">
        {announcement.text && <span key={announcement.count}>{announcement.text}</span>}
      </div>
    </div>
  )
}
