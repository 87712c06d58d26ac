import { memo, type ReactNode } from 'react'
import type { ChatMessage } from '../../store/types.ts'

/** Props of {@link ThreadRow}. */
export interface ThreadRowProps {
  /** The row's message; a new object means the message changed. */
  message: ChatMessage
  /** Renders a message; keep it stable (`useCallback`), or every row re-renders. */
  render: (message: ChatMessage) => ReactNode
}

function ThreadRowContent({ message, render }: ThreadRowProps) {
  return render(message)
}

/**
 * One memoized thread row: it re-renders only when its message object or the render function changes, so
 * appending a message or typing in the composer leaves settled rows alone.
 */
export const ThreadRow = memo(
  ThreadRowContent,
  (previous, next) => previous.message === next.message && previous.render === next.render,
)
