import { describe, expect, it } from 'vitest'
import { RowOffsets, type KeyedRow } from '../../../src/components/thread/rowOffsets.ts'
import { visibleRange } from '../../../src/components/thread/visibleRange.ts'

const rows = (from: number, to: number, prefix = 'm'): KeyedRow[] =>
  Array.from({ length: to - from }, (_, index) => ({ key: `${prefix}${from + index}` }))

/** The offsets summed from scratch, as the reference the incremental ones must equal. */
function expectedStarts(list: readonly KeyedRow[], sizes: ReadonlyMap<string, number>, estimate: number) {
  const starts = [0]
  for (const row of list) starts.push(starts.at(-1)! + (sizes.get(row.key) ?? estimate))
  return starts
}

const startsOf = (offsets: RowOffsets) =>
  Array.from({ length: offsets.count + 1 }, (_, i) => offsets.start(i))

/** An array that counts how many of its rows are read (by index) while syncing. */
function counted(list: readonly KeyedRow[]) {
  const reads = { count: 0 }
  const proxy = new Proxy(list as KeyedRow[], {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads.count += 1
      return Reflect.get(target, property, receiver) as unknown
    },
  })
  return { proxy, reads }
}

describe('RowOffsets', () => {
  it('sums estimated and measured heights into start offsets and finds the row at a position', () => {
    const offsets = new RowOffsets(100)
    offsets.sync(rows(0, 5))
    expect(startsOf(offsets)).toEqual([0, 100, 200, 300, 400, 500])
    expect(offsets.measure(1, 40)).toBe(true)
    expect(offsets.measure(1, 40)).toBe(false)
    expect(offsets.measure(2, 0)).toBe(false)
    expect(offsets.measure(99, 10)).toBe(false)
    expect(startsOf(offsets)).toEqual([0, 100, 140, 240, 340, 440])
    expect(offsets.total).toBe(440)
    expect([-5, 0, 99, 100, 139, 140, 439, 1000].map((position) => offsets.rowAt(position))).toEqual([
      0, 0, 0, 1, 1, 2, 4, 4,
    ])
    expect(new RowOffsets(10).rowAt(0)).toBe(-1)
  })

  it('extends the offsets on append, reading only the new rows, and equals a sum from scratch', () => {
    const offsets = new RowOffsets(96)
    const sizes = new Map<string, number>()
    let list = rows(0, 10_000)
    offsets.sync(list)
    for (const index of [0, 5_000, 9_998, 9_999]) {
      offsets.measure(index, 150 + (index % 7))
      sizes.set(`m${index}`, 150 + (index % 7))
    }
    expect(offsets.total).toBe(expectedStarts(list, sizes, 96).at(-1))

    const next = counted([...list, ...rows(10_000, 10_002)])
    offsets.sync(next.proxy)
    // The first and last old keys and the two new rows: not 10,002 reads.
    expect(next.reads.count).toBeLessThanOrEqual(6)
    list = next.proxy
    expect(offsets.count).toBe(10_002)
    expect(startsOf(offsets)).toEqual(expectedStarts(list, sizes, 96))
    expect(offsets.keyAt(10_001)).toBe('m10001')
    expect(offsets.indexOf('m10001')).toBe(10_001)

    // A row measured near the end after the append: everything after it moves, nothing before it.
    offsets.measure(10_000, 300)
    sizes.set('m10000', 300)
    expect(startsOf(offsets)).toEqual(expectedStarts(list, sizes, 96))
  })

  it('keeps measured heights by key when older rows are prepended, and re-indexes keys', () => {
    const offsets = new RowOffsets(50)
    offsets.sync(rows(10, 20))
    offsets.measure(0, 80) // m10
    offsets.measure(9, 20) // m19
    expect(offsets.indexOf('m19')).toBe(9)
    const list = [...rows(0, 10), ...rows(10, 20)]
    offsets.sync(list)
    const sizes = new Map([
      ['m10', 80],
      ['m19', 20],
    ])
    expect(startsOf(offsets)).toEqual(expectedStarts(list, sizes, 50))
    expect(offsets.indexOf('m19')).toBe(19)
    expect(offsets.indexOf('m0')).toBe(0)
    expect(offsets.indexOf('gone')).toBe(-1)
  })

  it('starts over for another list, a removal, or the same count with other keys', () => {
    const offsets = new RowOffsets(10)
    offsets.sync(rows(0, 4))
    offsets.measure(3, 30)
    offsets.sync(rows(0, 4, 'x'))
    expect(startsOf(offsets)).toEqual([0, 10, 20, 30, 40])

    offsets.sync(rows(0, 4))
    expect(offsets.total).toBe(60) // m3 is back with its height
    offsets.sync([{ key: 'm0' }, { key: 'm2' }, { key: 'm3' }])
    expect(startsOf(offsets)).toEqual([0, 10, 20, 50])

    // Same count, same first and last key, another row in the middle.
    offsets.sync([{ key: 'm0' }, { key: 'new' }, { key: 'm3' }])
    expect(offsets.keyAt(1)).toBe('new')
    expect(offsets.indexOf('new')).toBe(1)
    expect(offsets.indexOf('m2')).toBe(-1)
  })

  it('recomputes unmeasured rows when the estimate changes', () => {
    const offsets = new RowOffsets(10)
    offsets.sync(rows(0, 3))
    offsets.measure(0, 100)
    offsets.setEstimate(20)
    expect(startsOf(offsets)).toEqual([0, 100, 120, 140])
  })
})

describe('visibleRange', () => {
  /** 100 rows of 100 px (10,000 px), the first `measured` of them measured. */
  function hundredRows(measured = 100) {
    const offsets = new RowOffsets(100)
    offsets.sync(rows(0, 100))
    for (let index = 0; index < measured; index++) offsets.measure(index, 100)
    return offsets
  }

  it('is empty while the viewport height is unknown or there are no rows', () => {
    expect(visibleRange(hundredRows(), 0, 0, 200)).toEqual({ first: 0, last: -1 })
    expect(visibleRange(new RowOffsets(10), 0, 500, 0)).toEqual({ first: 0, last: -1 })
  })

  it('holds only the measured rows that intersect the viewport, plus the overscan', () => {
    const offsets = hundredRows()
    expect(visibleRange(offsets, 0, 720, 0)).toEqual({ first: 0, last: 7 })
    expect(visibleRange(offsets, 150, 700, 0)).toEqual({ first: 1, last: 8 })
    expect(visibleRange(offsets, 150, 700, 100)).toEqual({ first: 0, last: 9 })
  })

  it('clamps the position to the end, so Infinity is the last viewport', () => {
    const offsets = hundredRows()
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 0)).toEqual({ first: 92, last: 99 })
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 240)).toEqual({ first: 90, last: 99 })
  })

  it('adds unmeasured rows one at a time until one is measured, then as many as the tallest says fit', () => {
    const offsets = hundredRows(0)
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 0)).toEqual({ first: 99, last: 99 })
    expect(visibleRange(offsets, 0, 720, 0)).toEqual({ first: 0, last: 0 })
    offsets.measure(99, 200)
    // 520 px left, the tallest row 200 px: two more rows, which cannot overshoot if no row is taller.
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 0)).toEqual({ first: 97, last: 99 })
    offsets.measure(98, 200)
    offsets.measure(97, 200)
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 0)).toEqual({ first: 96, last: 99 })
    offsets.measure(96, 200)
    expect(visibleRange(offsets, Number.POSITIVE_INFINITY, 720, 0)).toEqual({ first: 96, last: 99 })
  })
})
