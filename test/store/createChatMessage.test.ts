import { describe, expect, it } from 'vitest'
import { createChatMessage } from '../../src/store/createChatMessage.ts'

describe('createChatMessage', () => {
  it('builds a complete message from a role and text', () => {
    const before = Date.now()
    const message = createChatMessage({ role: 'user', text: 'Hello' })
    expect(message).toMatchObject({ role: 'user', text: 'Hello', content: 'Hello', toolCalls: [] })
    expect(message.key).toMatch(/\S{8,}/)
    expect(message.createdAt).toBeGreaterThanOrEqual(before)
    expect(createChatMessage({ role: 'user', text: 'Hello' }).key).not.toBe(message.key)
  })

  it('takes the text from content blocks, and the key from the id', () => {
    const message = createChatMessage({
      role: 'assistant',
      id: 'srv-1',
      content: [
        { type: 'text', text: 'first' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } },
        { type: 'text', text: 'second' },
      ],
      createdAt: new Date(Date.UTC(2026, 10, 25)),
    })
    expect(message.text).toBe('first\nsecond')
    expect(message.key).toBe('srv-1')
    expect(message.id).toBe('srv-1')
    expect(message.createdAt).toBe(Date.UTC(2026, 10, 25))
  })

  it('keeps what it is given', () => {
    const message = createChatMessage({
      role: 'user',
      key: 'k',
      text: 'hi',
      correlationId: 'c1',
      delivery: { status: 'sent', at: 5 },
      createdAt: 7,
    })
    expect(message).toEqual({
      key: 'k',
      role: 'user',
      text: 'hi',
      content: 'hi',
      createdAt: 7,
      toolCalls: [],
      correlationId: 'c1',
      delivery: { status: 'sent', at: 5 },
    })
  })
})
