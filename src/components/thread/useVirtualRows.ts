import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react'
import { findFirstAtOrAfter, rowOffsets, RowSizes } from './rowOffsets.ts'

/** Options of {@link useVirtualRows}. */
export interface VirtualRowsOptions {
  /** Keys of the rows, in order. */
  readonly keys: readonly string[]
  /** The scrolling element. */
  readonly viewportRef: RefObject<HTMLElement | null>
  /** Height of a row before it is measured, in px. */
  readonly estimateSize: number
  /** Whether the reader is at the bottom: the end then stays in view when rows are added or resized. */
  readonly isPinnedToEnd: () => boolean
  /** Extra px rendered above and below the viewport. @default 800 */
  readonly overscanPx?: number
}

/** One rendered row. */
export interface VirtualRow {
  readonly index: number
  readonly key: string
  readonly start: number
}

const AT_END = Number.POSITIVE_INFINITY

/**
 * A small windowing engine for a chat log: rows of measured height, kept by key (so prepending older rows keeps
 * every measurement), the first visible row held in place when rows change above it, or the end held while the
 * reader is at the bottom. Every scroll write goes to the viewport itself, never the page.
 */
export function useVirtualRows(options: VirtualRowsOptions) {
  const { keys, viewportRef, estimateSize, isPinnedToEnd, overscanPx = 800 } = options
  const [sizes] = useState(() => new RowSizes())
  const [measured, bumpMeasured] = useReducer((n: number) => n + 1, 0)
  const [view, setView] = useState({ top: AT_END, height: 2 * overscanPx })
  const anchor = useRef<{ key: string; delta: number } | null>(null)
  const frame = useRef(0)

  // `measured` changes whenever a row's size does.
  const offsets = useMemo(
    () => rowOffsets(keys, sizes, estimateSize, measured),
    [keys, sizes, estimateSize, measured],
  )
  const total = offsets[keys.length] ?? 0

  const readView = useCallback(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const next = { top: viewport.scrollTop, height: viewport.clientHeight }
    setView((current) => (current.top === next.top && current.height === next.height ? current : next))
    const index = Math.max(0, findFirstAtOrAfter(offsets, viewport.scrollTop + 1) - 1)
    const key = keys[index]
    anchor.current = key === undefined ? null : { key, delta: viewport.scrollTop - (offsets[index] ?? 0) }
  }, [viewportRef, keys, offsets])

  // `readView` changes with every row change; the callbacks handed out stay stable through this ref, so their
  // users (a ResizeObserver on the viewport, the scroll handler) are not set up again on every append.
  const latestReadView = useRef(readView)
  useLayoutEffect(() => {
    latestReadView.current = readView
  }, [readView])

  const scrollToEnd = useCallback(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    viewport.scrollTop = viewport.scrollHeight
    latestReadView.current()
  }, [viewportRef])

  // After every change of rows or sizes: keep the end in view, or put the first visible row back where it was.
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    if (isPinnedToEnd()) {
      viewport.scrollTop = viewport.scrollHeight
    } else if (anchor.current) {
      const index = keys.indexOf(anchor.current.key)
      const target = index < 0 ? viewport.scrollTop : (offsets[index] ?? 0) + anchor.current.delta
      if (Math.abs(viewport.scrollTop - target) >= 1) viewport.scrollTop = target
    }
    readView()
  }, [viewportRef, keys, offsets, isPinnedToEnd, readView])

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const changed = entries.map((entry) => sizes.measure(entry.target as HTMLElement))
            if (changed.includes(true)) bumpMeasured()
          }),
    [sizes],
  )
  useLayoutEffect(() => () => observer?.disconnect(), [observer])

  /** Ref callback for each rendered row element (it needs `data-key`). */
  const measureElement = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return
      if (sizes.measure(element)) bumpMeasured()
      observer?.observe(element)
      return () => observer?.unobserve(element)
    },
    [sizes, observer],
  )

  /** For the viewport's scroll handler: renders the new window on the next frame. */
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => latestReadView.current())
  }, [])

  const top = Math.max(0, Math.min(view.top, total - view.height))
  const first = Math.max(0, findFirstAtOrAfter(offsets, top - overscanPx) - 1)
  const last = Math.min(keys.length - 1, findFirstAtOrAfter(offsets, top + view.height + overscanPx))
  const rows: VirtualRow[] = []
  for (let index = first; index <= last; index++)
    rows.push({ index, key: keys[index]!, start: offsets[index] ?? 0 })
  return { rows, total, measureElement, scrollToEnd, onScroll }
}
