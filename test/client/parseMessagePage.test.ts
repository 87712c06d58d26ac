import { describe, expect, it } from 'vitest'
import { parseMessagePage, type RuntimeError } from '../../src/client/index.ts'

describe('parseMessagePage', () => {
  it('reads the documented page: ISO timestamp, total, has_more', () => {
    const body = {
      messages: [
        { id: 'msg_001', role: 'user', content: 'Hi', timestamp: '2025-01-15T10:30:00Z' },
        { id: 'msg_002', role: 'assistant', content: 'Hello', timestamp: '2025-01-15T10:30:05.250Z' },
      ],
      total: 12,
      has_more: true,
    }
    const page = parseMessagePage(body, { limit: 2, offset: 4 })
    expect(page).toMatchObject({ total: 12, hasMore: true, limit: 2, offset: 4, raw: body })
    expect(page.messages.map((m) => [m.id, m.role, m.text, m.createdAt])).toEqual([
      ['msg_001', 'user', 'Hi', Date.parse('2025-01-15T10:30:00Z')],
      ['msg_002', 'assistant', 'Hello', Date.parse('2025-01-15T10:30:05.250Z')],
    ])
  })

  it('accepts created_at instead of timestamp, in Unix seconds or ISO', () => {
    const page = parseMessagePage({
      messages: [
        { id: 'a', role: 'user', content: 'x', created_at: 1704067200 },
        { id: 'b', role: 'user', content: 'x', created_at: '2024-01-01T00:00:00Z' },
        { id: 'c', role: 'user', content: 'x', created_at: '1704067200' },
        { id: 'd', role: 'user', content: 'x', created_at: 1704067200123 },
        { id: 'e', role: 'user', content: 'x', created_at: 'yesterday' },
        { id: 'f', role: 'user', content: 'x' },
      ],
    })
    expect(page.messages.map((m) => m.createdAt)).toEqual([
      1704067200_000,
      1704067200_000,
      1704067200_000,
      1704067200123,
      undefined,
      undefined,
    ])
  })

  it('fills in defaults: total, hasMore from the offset, limit 50, offset 0', () => {
    const page = parseMessagePage({ messages: [{ id: 'a', role: 'user', content: 'x' }] })
    expect(page).toMatchObject({ total: 1, hasMore: false, limit: 50, offset: 0 })
    expect(parseMessagePage({ messages: [{ content: 'x' }], total: 5 }, { offset: 2 }).hasMore).toBe(true)
  })

  it('keeps the tool calls and correlation id of history messages; unknown roles read as assistant', () => {
    const page = parseMessagePage({
      messages: [
        { id: 'a', role: 'bot', content: 'x', tool_calls: [{ name: 'calc', args: {}, result: 1 }] },
        { id: 'b', role: 'user', content: 'y', correlation_id: 'corr' },
      ],
    })
    expect(page.messages[0]).toMatchObject({
      role: 'assistant',
      toolCalls: [{ name: 'calc', id: 'a-tool-0' }],
    })
    expect(page.messages[1]?.correlationId).toBe('corr')
  })

  it('reads content blocks, and treats unreadable content as empty text', () => {
    const page = parseMessagePage({
      messages: [
        {
          id: 'a',
          role: 'user',
          content: [
            { type: 'text', text: 'see' },
            { type: 'file', file_id: 'f1' },
          ],
        },
        { id: 'b', role: 'user', content: null },
      ],
    })
    expect(page.messages[0]?.text).toBe('see')
    expect(page.messages[1]).toMatchObject({ content: '', text: '' })
  })

  it.each([[null], [[]], [{}], [{ messages: {} }], [{ messages: [], total: 'many' }]])(
    'throws invalid_response for %j',
    (body) => {
      expect(() => parseMessagePage(body)).toThrow(
        expect.objectContaining({ code: 'invalid_response' }) as RuntimeError,
      )
    },
  )
})
