import type { RowOffsets } from './rowOffsets.ts'

/** Indexes of the first and last rendered row; empty when `last < first`. */
export interface RowRange {
  readonly first: number
  readonly last: number
}

/**
 * The rows from `from` (in the direction `step`) that cover `px`, measured rows by their height. Unmeasured rows
 * are added a few at a time: no more than the tallest row measured so far says can fit (one when none was
 * measured), so that a row is not rendered, its markdown parsed, only to turn out to be off screen once the rows
 * before it are measured. The caller renders, measures and asks again until the rows cover `px`.
 */
function fill(offsets: RowOffsets, from: number, step: 1 | -1, px: number): number {
  let remaining = px
  let unmeasured = -1
  for (let index = from; ; index += step) {
    if (!offsets.isMeasured(index)) {
      if (unmeasured < 0)
        unmeasured = offsets.largest > 0 ? Math.max(1, Math.floor(remaining / offsets.largest)) : 1
      if (unmeasured === 0) return index - step
      unmeasured -= 1
    }
    remaining -= offsets.size(index)
    const next = index + step
    if (remaining <= 0 || next < 0 || next >= offsets.count) return index
  }
}

/**
 * The rows to render for a viewport of `height` px scrolled to `top` (clamped to the scrollable range, so
 * `Infinity` means the end), with `overscan` px more on each side: the rows that intersect it, filled from the
 * end when at the end, else from the row at the top. Empty while the height is unknown or there are no rows.
 */
export function visibleRange(offsets: RowOffsets, top: number, height: number, overscan: number): RowRange {
  const count = offsets.count
  if (count === 0 || height <= 0) return { first: 0, last: -1 }
  const start = Math.max(0, Math.min(top, offsets.total - height))
  if (start + height >= offsets.total) {
    const last = count - 1
    // From the end: the part of the viewport the rows fill, plus the overscan above it.
    const px = offsets.total - start + overscan
    return { first: fill(offsets, last, -1, px), last }
  }
  const anchor = offsets.rowAt(start)
  const last = fill(offsets, anchor, 1, start - offsets.start(anchor) + height + overscan)
  const first = overscan > 0 && anchor > 0 ? fill(offsets, anchor - 1, -1, overscan) : anchor
  return { first, last }
}
