import { describe, expect, it, vi } from 'vitest'
import type { MessagePage, PageParams } from '../../src/client/types.ts'
import {
  appendToNewestPage,
  fetchNewestPage,
  flattenHistory,
  olderPageParam,
  writeExecuteResult,
  type HistoryPages,
} from '../../src/store/historyPages.ts'
import type { ExecuteResult } from '../../src/client/types.ts'
import { entry, message } from './fixtures.ts'

/** A messages endpoint over `total` numbered messages (oldest first). */
function endpoint(total: () => number) {
  return vi.fn(({ limit, offset }: Required<PageParams>): Promise<MessagePage> => {
    const count = total()
    const ids = Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => offset + i)
    const messages = ids.map((i) => message(`m${i}`, i % 2 ? 'assistant' : 'user', `text ${i}`))
    return Promise.resolve({
      messages,
      total: count,
      hasMore: offset + messages.length < count,
      limit,
      offset,
      raw: {},
    })
  })
}

describe('fetchNewestPage', () => {
  it('reads a small thread in one request', async () => {
    const get = endpoint(() => 5)
    const page = await fetchNewestPage(get, 10)
    expect(get).toHaveBeenCalledTimes(1)
    expect(page).toMatchObject({ offset: 0, total: 5 })
    expect(page.messages).toHaveLength(5)
  })

  it('probes, then reads the newest page of a long thread', async () => {
    const get = endpoint(() => 95)
    const page = await fetchNewestPage(get, 10)
    expect(get.mock.calls.map(([params]) => params)).toEqual([
      { limit: 10, offset: 0 },
      { limit: 10, offset: 85 },
    ])
    expect(page.offset).toBe(85)
    expect(page.messages.map((m) => m.id).at(-1)).toBe('m94')
  })

  it('uses the known total to read the newest page in one request', async () => {
    const get = endpoint(() => 95)
    await fetchNewestPage(get, 10, 95)
    expect(get).toHaveBeenCalledTimes(1)
  })

  it('reads again when messages were added since the known total', async () => {
    const get = endpoint(() => 97)
    const page = await fetchNewestPage(get, 10, 95)
    expect(get).toHaveBeenCalledTimes(2)
    expect(page.offset).toBe(87)
  })

  it('stops after three reads when the thread keeps growing', async () => {
    let total = 50
    const get = endpoint(() => (total += 5))
    await fetchNewestPage(get, 10)
    expect(get).toHaveBeenCalledTimes(3)
  })
})

describe('history pages', () => {
  const data: HistoryPages = {
    pages: [
      { offset: 20, total: 25, messages: [message('m20', 'user', 'a'), message('m21', 'assistant', 'b')] },
      { offset: 10, total: 25, messages: [message('m10', 'user', 'c'), message('m20', 'user', 'a')] },
    ],
    pageParams: ['newest', { offset: 10, limit: 10 }],
  }

  it('asks for older pages by absolute offset, without overlap, until the start', () => {
    const older = olderPageParam(10)
    expect(older({ offset: 25, total: 35, messages: [] })).toEqual({ offset: 15, limit: 10 })
    expect(older({ offset: 4, total: 14, messages: [] })).toEqual({ offset: 0, limit: 4 })
    expect(older({ offset: 0, total: 14, messages: [] })).toBeUndefined()
  })

  it('flattens oldest first, each id once', () => {
    expect(flattenHistory(data).map((m) => m.id)).toEqual(['m10', 'm20', 'm21'])
  })

  it('appends to the newest page and counts the new messages in its total', () => {
    const next = appendToNewestPage(data, [message('m21', 'assistant', 'b'), message('m22', 'user', 'd')])
    expect(next.pages[0]!.messages.map((m) => m.id)).toEqual(['m20', 'm21', 'm22'])
    expect(next.pages[0]!.total).toBe(26)
    expect(next.pages[1]).toBe(data.pages[1])
  })

  it('writes an execute result: a local copy of the user message, then the reply', () => {
    const reply = message('r1', 'assistant', 'hello')
    const result: ExecuteResult = { status: 'completed', messages: [reply], reply, toolCalls: [], raw: {} }
    const next = writeExecuteResult(data, entry('c1', 'hi', { status: 'sending', since: 1 }), result, {})
    const added = next.pages[0]!.messages.slice(2)
    expect(added.map((m) => [m.id, m.role, m.correlationId])).toEqual([
      ['c1', 'user', 'c1'],
      ['r1', 'assistant', undefined],
    ])
  })

  it('does not add the user message when the cache already holds it', () => {
    const reply = message('r1', 'assistant', 'hello')
    const result: ExecuteResult = { status: 'completed', messages: [reply], toolCalls: [], raw: {} }
    const withUser = appendToNewestPage(data, [message('m22', 'user', 'hi')])
    const next = writeExecuteResult(withUser, entry('c1', 'hi', { status: 'sending', since: 1 }), result, {})
    expect(next.pages[0]!.messages.map((m) => m.id)).toEqual(['m20', 'm21', 'm22', 'r1'])
  })
})
