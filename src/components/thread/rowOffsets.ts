/** A row as the offsets see it: only its key matters. */
export interface KeyedRow {
  readonly key: string
}

/**
 * Heights and start offsets of a thread's rows, kept incrementally: appending rows costs what the new rows cost,
 * measuring a row invalidates the offsets from that row on only (they are summed again when next read, from the
 * first changed row, as TanStack Virtual does), and measured heights are kept by key, so rows that come back
 * (older pages prepended, another list) keep theirs. Only a change other than an append (a prepend, a removal,
 * another list) costs a pass over every row. Rows need stable, unique keys.
 */
export class RowOffsets {
  /** The rows the offsets describe, as last synced. */
  #rows: readonly KeyedRow[] = []
  /** Height of each row by index: measured, or the estimate. */
  #sizes = new Float64Array(64)
  /** `#starts[i]` is where row `i` starts; `#starts[count]` is the total. Correct up to index `#valid`. */
  #starts = new Float64Array(65)
  #valid = 0
  /** 1 where the row's height was measured. */
  #known = new Uint8Array(64)
  #largest = 0
  readonly #measured = new Map<string, number>()
  /** Index by key, built when first asked for and dropped when indexes move. */
  #indexes: Map<string, number> | null = null
  #estimate: number

  constructor(estimate: number) {
    this.#estimate = estimate
  }

  /** Number of rows. */
  get count(): number {
    return this.#rows.length
  }

  /** Sets the height of an unmeasured row, in px; a new value recomputes every unmeasured row. */
  setEstimate(estimate: number): void {
    if (estimate === this.#estimate) return
    this.#estimate = estimate
    this.#rebuild(this.#rows)
  }

  /**
   * Brings the offsets in line with `rows` (oldest first). Rows added after the last synced row (same first and
   * last key at the same indexes) cost O(added); the same rows cost nothing; anything else is a new pass.
   */
  sync(rows: readonly KeyedRow[]): void {
    const previous = this.#rows
    if (rows === previous) return
    const length = previous.length
    const kept =
      length > 0 &&
      rows.length >= length &&
      rows[0]!.key === previous[0]!.key &&
      rows[length - 1]!.key === previous[length - 1]!.key &&
      (rows.length > length || sameKeys(previous, rows))
    if (!kept) return this.#rebuild(rows)
    this.#grow(rows.length)
    for (let index = length; index < rows.length; index++) {
      const key = rows[index]!.key
      this.#setFromKey(index, key)
      this.#indexes?.set(key, index)
    }
    this.#rows = rows
  }

  /** Key of the row at `index`. */
  keyAt(index: number): string | undefined {
    return this.#rows[index]?.key
  }

  /** Index of the row with `key`, or -1. */
  indexOf(key: string): number {
    if (!this.#indexes) {
      this.#indexes = new Map()
      this.#rows.forEach((row, index) => this.#indexes!.set(row.key, index))
    }
    return this.#indexes.get(key) ?? -1
  }

  /** Height of the row at `index`, in px. */
  size(index: number): number {
    return this.#sizes[index] ?? 0
  }

  /** Whether the row at `index` was measured (else its height is the estimate). */
  isMeasured(index: number): boolean {
    return this.#known[index] === 1
  }

  /** The tallest row measured so far, in px (0 before any). */
  get largest(): number {
    return this.#largest
  }

  /** Where the row at `index` starts, in px; `start(count)` is the total. */
  start(index: number): number {
    const bounded = Math.max(0, Math.min(index, this.count))
    this.#sum(bounded)
    return this.#starts[bounded]!
  }

  /** Height of all rows, in px. */
  get total(): number {
    return this.start(this.count)
  }

  /** Records the measured height of the row at `index`; `true` when it changed or was not measured before. */
  measure(index: number, height: number): boolean {
    const key = this.#rows[index]?.key
    if (key === undefined || height <= 0 || (this.#sizes[index] === height && this.#known[index] === 1))
      return false
    this.#sizes[index] = height
    this.#known[index] = 1
    this.#largest = Math.max(this.#largest, height)
    this.#measured.set(key, height)
    this.#valid = Math.min(this.#valid, index)
    return true
  }

  /** The row that contains `position` (the first row at or above 0, the last row past the end); -1 when empty. */
  rowAt(position: number): number {
    const count = this.count
    if (count === 0) return -1
    this.#sum(count)
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.#starts[middle]! <= position) low = middle
      else high = middle - 1
    }
    return low
  }

  #rebuild(rows: readonly KeyedRow[]): void {
    this.#rows = rows
    this.#indexes = null
    this.#grow(rows.length)
    rows.forEach((row, index) => this.#setFromKey(index, row.key))
    this.#valid = 0
  }

  #setFromKey(index: number, key: string): void {
    const measured = this.#measured.get(key)
    this.#sizes[index] = measured ?? this.#estimate
    this.#known[index] = measured === undefined ? 0 : 1
  }

  /** Makes `#starts` correct up to `index`, from the first row whose height changed. */
  #sum(index: number): void {
    for (let row = this.#valid; row < index; row++)
      this.#starts[row + 1] = this.#starts[row]! + this.#sizes[row]!
    if (index > this.#valid) this.#valid = index
  }

  #grow(count: number): void {
    if (count < this.#sizes.length) return
    let capacity = this.#sizes.length
    while (capacity <= count) capacity *= 2
    const sizes = new Float64Array(capacity)
    sizes.set(this.#sizes)
    const starts = new Float64Array(capacity + 1)
    starts.set(this.#starts)
    const known = new Uint8Array(capacity)
    known.set(this.#known)
    this.#sizes = sizes
    this.#starts = starts
    this.#known = known
  }
}

function sameKeys(a: readonly KeyedRow[], b: readonly KeyedRow[]): boolean {
  for (let index = 0; index < a.length; index++) if (a[index]!.key !== b[index]!.key) return false
  return true
}
