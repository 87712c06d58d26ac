import { describe, expect, it } from 'vitest'
import { nextAnnouncement, type AnnouncementState } from '../../../src/components/thread/nextAnnouncement.ts'
import type { ChatMessage } from '../../../src/store/types.ts'
import { makeMessage, makeMessages } from './fixtures.ts'

const describeReply = (reply: ChatMessage) => `said: ${reply.text}`
const reply = (index: number, text: string) => makeMessage(index, { role: 'assistant', text, content: text })
const start = (messages: ChatMessage[]): AnnouncementState => ({
  messages,
  isWorking: false,
  text: '',
  count: 0,
})

describe('nextAnnouncement', () => {
  it('announces an appended assistant reply', () => {
    const messages = makeMessages(0, 2)
    const next = nextAnnouncement(start(messages), [...messages, reply(3, 'Hi')], false, describeReply)
    expect(next).toMatchObject({ text: 'said: Hi', count: 1 })
    expect(next.pendingKey).toBeUndefined()
  })

  it('holds the reply while working and announces its final text once done', () => {
    const messages = makeMessages(0, 2)
    let state = nextAnnouncement(start(messages), [...messages, reply(3, 'Par')], true, describeReply)
    expect(state).toMatchObject({ text: '', pendingKey: 'm3' })
    const grown = [...messages, reply(3, 'Partial text, now complete')]
    state = nextAnnouncement(state, grown, true, describeReply)
    expect(state.text).toBe('')
    state = nextAnnouncement(state, grown, false, describeReply)
    expect(state).toMatchObject({ text: 'said: Partial text, now complete', count: 1 })
  })

  it('ignores user messages, first loads, older pages and another thread', () => {
    const messages = makeMessages(0, 2)
    const cases: ChatMessage[][] = [
      [...messages, makeMessage(2)],
      [reply(-1, 'old'), ...messages],
      [reply(10, 'other thread')],
    ]
    for (const next of cases) {
      expect(nextAnnouncement(start(messages), next, false, describeReply).text).toBe('')
    }
    expect(nextAnnouncement(start([]), [reply(1, 'history')], false, describeReply).text).toBe('')
  })

  it('bumps the count so the same words are announced again', () => {
    const first = [makeMessage(0), reply(1, 'OK')]
    const second = [...first, makeMessage(2), reply(3, 'OK')]
    const state = nextAnnouncement(start(makeMessages(0, 1)), first, false, describeReply)
    const next = nextAnnouncement(state, second, false, describeReply)
    expect([state.count, next.count, next.text]).toEqual([1, 2, 'said: OK'])
  })
})
