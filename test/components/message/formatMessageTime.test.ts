import { describe, expect, it } from 'vitest'
import { formatMessageTime } from '../../../src/components/message/formatMessageTime.ts'

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m, d, h, min).getTime()

describe('formatMessageTime', () => {
  it('shows only the time on the same day', () => {
    const text = formatMessageTime(local(2026, 0, 2, 9, 5), 'en-GB', local(2026, 0, 2, 18, 0))
    expect(text?.short).toBe('9:05')
    expect(text?.iso).toBe(new Date(local(2026, 0, 2, 9, 5)).toISOString())
    expect(text?.full).toContain('2026')
  })

  it('adds the date on another day, and the year in another year', () => {
    const now = local(2026, 5, 10, 12, 0)
    expect(formatMessageTime(local(2026, 0, 2, 9, 5), 'en-GB', now)?.short).toBe('2 Jan, 9:05')
    expect(formatMessageTime(local(2025, 0, 2, 9, 5), 'en-GB', now)?.short).toBe('2 Jan 2025, 9:05')
  })

  it('follows the locale', () => {
    const time = local(2026, 0, 2, 21, 5)
    expect(formatMessageTime(time, 'en-US', time)?.short).toBe('9:05 PM')
    expect(formatMessageTime(time, 'de-DE', time)?.short).toBe('21:05')
  })

  it('returns null for an invalid time and survives an invalid locale', () => {
    expect(formatMessageTime(Number.NaN)).toBeNull()
    expect(formatMessageTime(8.64e16)).toBeNull()
    expect(formatMessageTime(0, 'not a locale!!', 0)?.short).toBeTruthy()
  })
})
