import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ChatMessage } from '../../store/types.ts'
import { appendedSince, countAfterKey, isReplaced } from './messageKeys.ts'
import { useVirtualRows } from './useVirtualRows.ts'

/** Options of {@link useThreadScroll}. */
export interface ThreadScrollOptions {
  readonly messages: readonly ChatMessage[]
  readonly hasOlder: boolean
  readonly isLoadingOlder: boolean
  readonly onLoadOlder?: () => void
  /** Estimated row height before a row is measured, in px. */
  readonly estimateSize: number
  /** Distance from the bottom that still counts as "at the bottom", in px. */
  readonly bottomThreshold: number
  /** Distance from the top that loads older messages, in px. */
  readonly topThreshold: number
}

const isOwnNewMessage = (message: ChatMessage) => message.role === 'user' && message.delivery !== undefined

/**
 * The thread's scrolling: a virtualizer anchored to the end (it follows appends only while the reader is at the
 * bottom, and keeps the first visible row in place when older rows are prepended), the jump-to-latest state,
 * and loading older messages near the top. Every write goes to the thread's own element, never the page.
 */
export function useThreadScroll(options: ThreadScrollOptions) {
  const { messages, hasOlder, isLoadingOlder, onLoadOlder, estimateSize, bottomThreshold, topThreshold } =
    options
  const viewportRef = useRef<HTMLDivElement>(null)
  const footerRef = useRef<HTMLDivElement>(null)
  const atBottomRef = useRef(true)
  const [atBottom, setAtBottom] = useState(true)
  const [seenKey, setSeenKey] = useState<string>()
  const previousRef = useRef(messages)
  const requestedRef = useRef<string | null>(null)
  const wasLoadingRef = useRef(isLoadingOlder)

  const isPinnedToEnd = useCallback(() => atBottomRef.current, [])
  const leaveEnd = () => {
    atBottomRef.current = false
    setAtBottom(false)
    setSeenKey(messages.at(-1)?.key)
  }
  const virtualizer = useVirtualRows({
    rows: messages,
    viewportRef,
    estimateSize,
    isPinnedToEnd,
    onLeaveEnd: leaveEnd,
    endSlackPx: bottomThreshold,
  })
  const { scrollToEnd, isPinned } = virtualizer

  // The user's own new message, a first load or another thread: go to the latest.
  useLayoutEffect(() => {
    const previous = previousRef.current
    previousRef.current = messages
    if (previous === messages || messages.length === 0) return
    if (
      previous.length === 0 ||
      isReplaced(previous, messages) ||
      appendedSince(previous, messages).some(isOwnNewMessage)
    ) {
      atBottomRef.current = true
      scrollToEnd()
    }
  }, [messages, scrollToEnd])

  // Stay at the bottom when the viewport or the footer (a working indicator) changes size.
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    const footer = footerRef.current
    if (!viewport || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      if (isPinned()) scrollToEnd()
    })
    observer.observe(viewport)
    if (footer) observer.observe(footer)
    return () => observer.disconnect()
  }, [scrollToEnd, isPinned])

  const loadOlderIfNearTop = () => {
    const viewport = viewportRef.current
    if (!viewport || !onLoadOlder || !hasOlder || isLoadingOlder || viewport.scrollTop > topThreshold) return
    const first = messages[0]?.key ?? ''
    if (requestedRef.current === first) return
    requestedRef.current = first
    onLoadOlder()
  }

  // After each render: a finished load may be followed by another while the reader is still near the top.
  useEffect(() => {
    if (wasLoadingRef.current && !isLoadingOlder) requestedRef.current = null
    wasLoadingRef.current = isLoadingOlder
    loadOlderIfNearTop()
  })

  const onScroll = () => {
    const viewport = viewportRef.current
    if (!viewport) return
    const bottom = viewport.scrollHeight - viewport.scrollTop - viewport.clientHeight <= bottomThreshold
    if (bottom !== atBottomRef.current) {
      if (bottom) {
        atBottomRef.current = true
        setAtBottom(true)
      } else leaveEnd()
    }
    // After the pinned state is known: the rendered window depends on it.
    virtualizer.onScroll()
    loadOlderIfNearTop()
  }

  const jumpToLatest = () => {
    atBottomRef.current = true
    setAtBottom(true)
    virtualizer.scrollToEnd()
    viewportRef.current?.focus({ preventScroll: true })
  }

  const unseen = atBottom ? 0 : countAfterKey(messages, seenKey)
  return { viewportRef, footerRef, virtualizer, atBottom, unseen, onScroll, jumpToLatest }
}
