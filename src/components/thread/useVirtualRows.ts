import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'
import { RowOffsets, type KeyedRow } from './rowOffsets.ts'
import { visibleRange, type RowRange } from './visibleRange.ts'

/** Options of {@link useVirtualRows}. */
export interface VirtualRowsOptions {
  /** The rows, in order; each `key` is stable and unique. */
  readonly rows: readonly KeyedRow[]
  /** The scrolling element. */
  readonly viewportRef: RefObject<HTMLElement | null>
  /** Height of a row before it is measured, in px. */
  readonly estimateSize: number
  /** Whether the reader is at the bottom: the end then stays in view when rows are added or resized. */
  readonly isPinnedToEnd: () => boolean
  /** Extra px rendered above and below the viewport, once the first rows have painted. @default 240 */
  readonly overscanPx?: number
  /** How far above the end the reader may be while still pinned to it, in px: rendered above the end too. @default 0 */
  readonly endSlackPx?: number
  /**
   * Called when the reader scrolled up from the end before their scroll event arrived (a render came first):
   * the owner of `isPinnedToEnd` unpins, so the render does not pull them back down.
   */
  readonly onLeaveEnd?: () => void
}

/** One rendered row. */
export interface VirtualRow {
  readonly index: number
  readonly key: string
  readonly start: number
}

/** What the rendered window depends on: the viewport's scroll position and height (unknown before mount). */
interface View {
  readonly top: number
  readonly height: number | null
}

const sameRange = (a: RowRange, b: RowRange) => a.first === b.first && a.last === b.last

/**
 * A small windowing engine for a chat log: rows of measured height, kept by key (so prepending older rows keeps
 * every measurement), the first visible row held in place when rows change above it, or the end held while the
 * reader is at the bottom. The first rows rendered are those the viewport shows, nothing more (the overscan
 * follows after the first paint); the offsets grow with appends instead of being summed again; the view is set
 * only when the rendered rows change. Every scroll write goes to the viewport itself, never the page.
 */
export function useVirtualRows(options: VirtualRowsOptions) {
  const {
    rows,
    viewportRef,
    estimateSize,
    isPinnedToEnd,
    onLeaveEnd,
    overscanPx = 240,
    endSlackPx = 0,
  } = options
  const [offsets] = useState(() => new RowOffsets(estimateSize))
  const [, bumpMeasured] = useReducer((n: number) => n + 1, 0)
  const [view, setView] = useState<View>({ top: 0, height: null })
  // The view last set, for comparing without a state update.
  const viewRef = useRef(view)
  const [overscan, setOverscan] = useState(0)
  const anchor = useRef<{ index: number; key: string; delta: number } | null>(null)
  const anchorAt = useCallback(
    (top: number) => {
      const index = offsets.rowAt(top)
      const key = offsets.keyAt(index)
      anchor.current = key === undefined ? null : { index, key, delta: top - offsets.start(index) }
    },
    [offsets],
  )
  // Where the end was last held: a scroll position above it, far from the end, was the reader's.
  const endTop = useRef<number | null>(null)
  const latestLeaveEnd = useRef(onLeaveEnd)
  useLayoutEffect(() => {
    latestLeaveEnd.current = onLeaveEnd
  }, [onLeaveEnd])

  // Pinned, unless the reader has moved up since the end was last held and their scroll event is still to come.
  const isPinned = useCallback((): boolean => {
    const viewport = viewportRef.current
    if (!isPinnedToEnd() || !viewport) {
      endTop.current = null
      return false
    }
    const movedUp = endTop.current !== null && viewport.scrollTop < endTop.current - 1
    const farFromEnd = viewport.scrollHeight - viewport.scrollTop - viewport.clientHeight > endSlackPx
    if (movedUp && farFromEnd) {
      endTop.current = null
      // The rows to hold in place are the reader's, not those at the end they left.
      anchorAt(viewport.scrollTop)
      latestLeaveEnd.current?.()
      return isPinnedToEnd()
    }
    return true
  }, [viewportRef, isPinnedToEnd, endSlackPx, anchorAt])

  // Idempotent against the offsets' own state, so a render React throws away leaves nothing wrong behind.
  offsets.setEstimate(estimateSize)
  offsets.sync(rows)

  // The window: from the end while the reader is pinned there (then the scroll position does not matter: the
  // reader is within `endSlackPx` of the end), else from the scroll position.
  const rangeOf = useCallback(
    (next: View, pinned: boolean, extra: number): RowRange =>
      // Before the viewport's height is known, the last row is the one row sure to be on screen.
      next.height === null
        ? pinned && offsets.count > 0
          ? { first: offsets.count - 1, last: offsets.count - 1 }
          : { first: 0, last: -1 }
        : pinned
          ? visibleRange(offsets, Number.POSITIVE_INFINITY, next.height, extra && Math.max(extra, endSlackPx))
          : visibleRange(offsets, next.top, next.height, extra),
    [offsets, endSlackPx],
  )

  const readView = useCallback(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const next = { top: viewport.scrollTop, height: viewport.clientHeight }
    anchorAt(next.top)
    // While pinned, the window is the end whatever the scroll position: only a new height changes it. A view
    // that renders the same rows is not set at all, so that it costs no render.
    const current = viewRef.current
    const pinned = isPinned()
    if (pinned) endTop.current = next.top
    const same =
      current.height === next.height &&
      (pinned || sameRange(rangeOf(current, false, overscan), rangeOf(next, false, overscan)))
    if (same) return
    viewRef.current = next
    setView(next)
  }, [viewportRef, isPinned, anchorAt, rangeOf, overscan])

  // The callbacks handed out stay stable through this ref, so their users (a ResizeObserver on the viewport,
  // the scroll handler) are not set up again when the overscan changes.
  const latestReadView = useRef(readView)
  useLayoutEffect(() => {
    latestReadView.current = readView
  }, [readView])

  const scrollToEnd = useCallback(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    viewport.scrollTop = viewport.scrollHeight
    endTop.current = viewport.scrollTop
    latestReadView.current()
  }, [viewportRef])

  // After every render: keep the end in view, or put the first visible row back where it was.
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    if (isPinned()) {
      if (viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight)
        viewport.scrollTop = viewport.scrollHeight
      endTop.current = viewport.scrollTop
    } else if (anchor.current) {
      const { index, key, delta } = anchor.current
      const at = offsets.keyAt(index) === key ? index : offsets.indexOf(key)
      const target = at < 0 ? viewport.scrollTop : offsets.start(at) + delta
      if (Math.abs(viewport.scrollTop - target) >= 1) viewport.scrollTop = target
    }
    readView()
  })

  // The overscan renders after the first rows have painted, never before.
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setOverscan(overscanPx))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [overscanPx])

  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          let changed = false
          for (const entry of entries) changed = measure(offsets, entry.target as HTMLElement) || changed
          if (changed) bumpMeasured()
        }),
  )
  useEffect(() => () => observer?.disconnect(), [observer])

  /** Ref callback for each rendered row element (it needs `data-index` and `data-key`). */
  const measureElement = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return
      if (measure(offsets, element)) bumpMeasured()
      observer?.observe(element)
      return () => observer?.unobserve(element)
    },
    [offsets, observer],
  )

  /** For the viewport's scroll handler: renders the new window when the scroll brings other rows into view. */
  const onScroll = useCallback(() => latestReadView.current(), [])

  const { first, last } = rangeOf(view, isPinnedToEnd(), overscan)
  const items: VirtualRow[] = []
  for (let index = first; index <= last; index++)
    items.push({ index, key: offsets.keyAt(index)!, start: offsets.start(index) })
  return { rows: items, total: offsets.total, measureElement, scrollToEnd, onScroll, isPinned }
}

/** Records a row element's height; `true` when it changed. */
function measure(offsets: RowOffsets, element: HTMLElement): boolean {
  const key = element.dataset.key
  if (key === undefined) return false
  const index = Number(element.dataset.index)
  const at = offsets.keyAt(index) === key ? index : offsets.indexOf(key)
  return at >= 0 && offsets.measure(at, element.offsetHeight)
}
