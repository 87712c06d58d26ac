import { describe, expect, it } from 'vitest'
import { appendedSince, countAfterKey, isReplaced } from '../../../src/components/thread/messageKeys.ts'
import { makeMessages } from './fixtures.ts'

const keys = (list: readonly { key: string }[]) => list.map((message) => message.key)

describe('message key helpers', () => {
  const base = makeMessages(0, 5)

  it('finds appended messages', () => {
    expect(keys(appendedSince(base, [...base, ...makeMessages(5, 7)]))).toEqual(['m5', 'm6'])
    expect(keys(appendedSince(base, [...makeMessages(-2, 0), ...base]))).toEqual([])
    expect(keys(appendedSince([], base))).toEqual([])
    expect(keys(appendedSince(base, makeMessages(10, 12)))).toEqual([])
  })

  it('counts messages after a key', () => {
    expect(countAfterKey(base, 'm2')).toBe(2)
    expect(countAfterKey(base, 'm4')).toBe(0)
    expect(countAfterKey(base, 'gone')).toBe(0)
    expect(countAfterKey(base, undefined)).toBe(0)
  })

  it('tells another list from a grown one', () => {
    expect(isReplaced(base, makeMessages(10, 12))).toBe(true)
    expect(isReplaced(base, [...makeMessages(-3, 0), ...base])).toBe(false)
    expect(isReplaced(base, base.slice(0, 3))).toBe(false)
    expect(isReplaced([], base)).toBe(false)
  })
})
