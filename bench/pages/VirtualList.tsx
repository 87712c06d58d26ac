import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react'
import type { ChatMessage } from '../../src/store/types.ts'

/** Props of {@link VirtualList}. */
export interface VirtualListProps {
  /** The messages, oldest first. */
  readonly messages: readonly ChatMessage[]
  /** Renders one message (the bench passes the kit's `Message`, counted). */
  readonly renderMessage: (message: ChatMessage) => ReactNode
  readonly style?: CSSProperties
}

const Row = memo(function Row(props: {
  message: ChatMessage
  renderMessage: VirtualListProps['renderMessage']
}) {
  return props.renderMessage(props.message)
})

/**
 * The baseline of the thread bench: a plain chat list virtualized with @tanstack/react-virtual, with its
 * defaults apart from what a chat needs. A scrolling `div` (the kit's `.acw-thread__viewport` class, so the rows
 * get the same width and padding), `estimateSize` 96 px like the Thread's default, `getItemKey` from the
 * message key, rows measured with `measureElement`, each row a memoized `div` positioned with `translateY`
 * holding `renderMessage(message)` (the same counted `Message` the Thread renders), and the end kept in view:
 * it opens at the last message and scrolls to the new last message after every change (no jump-to-latest,
 * no older pages, no announcements, no keyboard focus handling).
 */
export function VirtualList({ messages, renderMessage, style }: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The baseline as its users write it; React Compiler is not used on the bench pages.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    getItemKey: (index) => messages[index]!.key,
    initialOffset: () => messages.length * 96,
  })
  useLayoutEffect(() => {
    if (messages.length > 0) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' })
  }, [messages.length, virtualizer])
  return (
    <div className="acw-thread" style={style}>
      <div ref={scrollRef} className="acw-thread__viewport" role="log" tabIndex={0}>
        <div className="acw-thread__list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="acw-thread__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Row message={messages[item.index]!} renderMessage={renderMessage} />
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
