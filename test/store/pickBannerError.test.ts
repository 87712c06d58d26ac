import { describe, expect, it } from 'vitest'
import { pickBannerError } from '../../src/store/pickBannerError.ts'
import { statusPollInterval } from '../../src/store/statusPollInterval.ts'
import type { ChatMessage } from '../../src/store/types.ts'
import { entry, error } from './fixtures.ts'

describe('pickBannerError', () => {
  it('shows a failed read before a failed message, and skips dismissed errors', () => {
    const entries = [entry('c1', 'x', { status: 'failed', error: error('content_policy') })]
    const queryErrors = [{ error: error('session_not_found'), at: 5 }]
    const first = pickBannerError({ entries, queryErrors })
    expect(first).toEqual({ id: 'query:session_not_found:5', error: error('session_not_found') })
    expect(pickBannerError({ entries, queryErrors, dismissed: [first!.id] })?.error.code).toBe(
      'content_policy',
    )
  })

  it('shows a rate limit countdown and an unknown delivery, not a silent abort', () => {
    const limited = entry('c1', 'x', { status: 'queued', retryAt: 9, error: error('rate_limited') })
    expect(pickBannerError({ entries: [limited] })?.error.code).toBe('rate_limited')
    const aborted = entry('c2', 'x', { status: 'unknown', error: error('aborted') })
    expect(pickBannerError({ entries: [aborted] })).toBeUndefined()
  })

  it('reports a failed tool of the last reply', () => {
    const reply: ChatMessage = {
      key: 'm2',
      role: 'assistant',
      content: 'sorry',
      text: 'sorry',
      createdAt: 0,
      toolCalls: [{ id: 't1', name: 'web_search', args: {}, status: 'failed', error: 'down', raw: {} }],
    }
    expect(pickBannerError({ messages: [reply] })).toMatchObject({
      id: 'tool:m2:t1',
      error: { code: 'tool_failure', message: 'down', details: { tool: 'web_search' } },
    })
  })
})

describe('statusPollInterval', () => {
  const base = { working: false, processing: false, idleMs: 60_000, busyMs: 1000 } as const
  it('polls fast while working or processing, slowly when idle', () => {
    expect(statusPollInterval({ ...base, working: true })).toBe(1000)
    expect(statusPollInterval({ ...base, processing: true })).toBe(1000)
    expect(statusPollInterval(base)).toBe(60_000)
    expect(statusPollInterval({ ...base, idleMs: false })).toBe(false)
  })

  it('stops after session_not_found or an auth error, keeps going after a network error', () => {
    expect(statusPollInterval({ ...base, working: true, errorCode: 'session_not_found' })).toBe(false)
    expect(statusPollInterval({ ...base, errorCode: 'unauthorized' })).toBe(false)
    expect(statusPollInterval({ ...base, working: true, errorCode: 'network' })).toBe(1000)
  })
})
