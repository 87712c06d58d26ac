/** Measured row heights, by row key. */
export class RowSizes {
  readonly #sizes = new Map<string, number>()

  get(key: string): number | undefined {
    return this.#sizes.get(key)
  }

  /** Reads an element's height (it needs `data-key`); `true` when it changed. */
  measure(element: HTMLElement): boolean {
    const key = element.dataset.key
    const height = element.offsetHeight
    if (key === undefined || height <= 0 || this.#sizes.get(key) === height) return false
    this.#sizes.set(key, height)
    return true
  }
}

/**
 * Start offsets of every row, and the total height at the end: `offsets[i]` is where row `i` starts,
 * `offsets[keys.length]` the total. Unmeasured rows count as `estimate`. `_version` only busts memoization.
 */
export function rowOffsets(
  keys: readonly string[],
  sizes: RowSizes,
  estimate: number,
  _version?: number,
): Float64Array {
  const offsets = new Float64Array(keys.length + 1)
  let sum = 0
  for (let index = 0; index < keys.length; index++) {
    offsets[index] = sum
    sum += sizes.get(keys[index]!) ?? estimate
  }
  offsets[keys.length] = sum
  return offsets
}

/** The first index whose offset is at or after `position` (binary search over ascending offsets). */
export function findFirstAtOrAfter(offsets: ArrayLike<number>, position: number): number {
  let low = 0
  let high = offsets.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if ((offsets[middle] ?? 0) < position) low = middle + 1
    else high = middle
  }
  return low
}
