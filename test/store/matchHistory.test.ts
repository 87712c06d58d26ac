import { describe, expect, it } from 'vitest'
import { LOCAL_MESSAGE_SOURCE } from '../../src/store/matchHistory.ts'
import { matchHistory } from '../../src/store/matchHistory.ts'
import { mergeMessages } from '../../src/store/mergeMessages.ts'
import { entry, error, message } from './fixtures.ts'

const sending = { status: 'sending', since: 1000 } as const
const sent = { status: 'sent', at: 1000 } as const

describe('matchHistory', () => {
  it('matches by the echoed correlation id', () => {
    const history = [message('m1', 'user', 'hi', { correlationId: 'c1' })]
    expect(matchHistory(history, [entry('c1', 'hi', sent)], {})).toEqual(new Map([['m1', 'c1']]))
  })

  it('matches by content and order after the last confirmed message', () => {
    const history = [
      message('m1', 'user', 'yes'),
      message('m2', 'assistant', 'ok'),
      message('m3', 'user', 'yes'),
      message('m4', 'assistant', 'ok'),
    ]
    const matches = matchHistory(history, [entry('c2', 'yes', sent)], { m1: 'c1' })
    expect(matches.get('m3')).toBe('c2')
    expect(matches.get('m1')).toBe('c1')
  })

  it('matches several sent messages in order, and never a queued or failed one', () => {
    const history = [message('m1', 'user', 'a'), message('m2', 'user', 'b')]
    const entries = [
      entry('c1', 'a', sending),
      entry('c2', 'b', { status: 'failed', error: error('content_policy') }),
      entry('c3', 'b', { status: 'unknown' }),
    ]
    expect([...matchHistory(history, entries, {})]).toEqual([
      ['m1', 'c1'],
      ['m2', 'c3'],
    ])
    expect(matchHistory(history, [entry('c4', 'a')], {}).size).toBe(0)
  })

  it('does not match a much older message with the same text', () => {
    const history = [message('m1', 'user', 'yes', { createdAt: 0 })]
    const late = entry('c1', 'yes', sent, { createdAt: 60 * 60_000 })
    expect(matchHistory(history, [late], {}).size).toBe(0)
  })
})

describe('mergeMessages', () => {
  it('appends unconfirmed outbox messages after the history, in order', () => {
    const merged = mergeMessages(
      [message('m1', 'user', 'old'), message('m2', 'assistant', 'reply')],
      [entry('c1', 'one'), entry('c2', 'two')],
      {},
    )
    expect(merged.map((m) => m.key)).toEqual(['m1', 'm2', 'c1', 'c2'])
    expect(merged[2]).toMatchObject({ role: 'user', text: 'one', delivery: { status: 'queued' } })
  })

  it('keeps the correlation id as key once the history confirms a message, without a duplicate', () => {
    const before = mergeMessages([], [entry('c1', 'hi', sending)], {})
    const after = mergeMessages(
      [message('m1', 'user', 'hi'), message('m2', 'assistant', 'hello')],
      [entry('c1', 'hi', sent)],
      {},
    )
    expect(before.map((m) => m.key)).toEqual(['c1'])
    expect(after.map((m) => m.key)).toEqual(['c1', 'm2'])
    expect(after[0]).toMatchObject({ id: 'm1', correlationId: 'c1' })
    expect(after[0]!.delivery).toBeUndefined()
  })

  it('shows a message once when the local copy and the server copy are both cached', () => {
    const local = message('c1', 'user', 'hi', { correlationId: 'c1', raw: { source: LOCAL_MESSAGE_SOURCE } })
    const merged = mergeMessages([message('m1', 'user', 'hi', { correlationId: 'c1' }), local], [], {})
    expect(merged.map((m) => m.key)).toEqual(['c1'])
    expect(merged[0]!.id).toBe('m1')
  })

  it('keeps the key through the keys map after the outbox entry is gone', () => {
    const merged = mergeMessages([message('m1', 'user', 'hi')], [], { m1: 'c1' })
    expect(merged[0]).toMatchObject({ key: 'c1', id: 'm1' })
  })

  it('never gives a reply the user message key, even when the history echoes the correlation id on both', () => {
    const merged = mergeMessages(
      [
        message('m1', 'user', 'hi', { correlationId: 'c1' }),
        message('m2', 'assistant', 'yo', { correlationId: 'c1' }),
      ],
      [],
      {},
    )
    expect(merged.map((m) => m.key)).toEqual(['c1', 'm2'])
  })

  it('shows attachments of outbox messages and fills a missing time', () => {
    const attachment = {
      id: 'a1',
      name: 'x.png',
      mimeType: 'image/png',
      size: 3,
      state: { status: 'pending' },
    } as const
    const merged = mergeMessages(
      [message('m1', 'assistant', 'hi', { createdAt: 5 }), message('m2', 'assistant', 'again')],
      [entry('c1', '', { status: 'queued' }, { attachments: [attachment] })],
      {},
    )
    expect(merged[1]!.createdAt).toBe(5)
    expect(merged[2]!.attachments).toEqual([attachment])
  })
})
