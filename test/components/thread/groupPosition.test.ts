import { describe, expect, it } from 'vitest'
import { groupPosition } from '../../../src/components/thread/groupPosition.ts'
import type { ChatMessage } from '../../../src/store/types.ts'

const of = (...roles: ChatMessage['role'][]) => roles.map((role) => ({ role }) as ChatMessage)

describe('groupPosition', () => {
  it('groups consecutive messages by the same author', () => {
    const messages = of('user', 'user', 'user', 'assistant', 'user')
    expect(messages.map((_, index) => groupPosition(messages, index))).toEqual([
      'start',
      'middle',
      'end',
      'single',
      'single',
    ])
  })
})
