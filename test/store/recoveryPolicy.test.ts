import { describe, expect, it } from 'vitest'
import { RUNTIME_ERROR_CODES } from '../../src/client/types.ts'
import { backoffDelay, recoveryPolicy, retryRead } from '../../src/store/recoveryPolicy.ts'

describe('recoveryPolicy', () => {
  it('has exactly one rule per error code', () => {
    expect(Object.keys(recoveryPolicy).sort()).toEqual([...RUNTIME_ERROR_CODES].sort())
  })

  it('waits out a rate limit and resends, without settling (nothing was executed)', () => {
    expect(recoveryPolicy.rate_limited).toMatchObject({ delivery: 'queued', resend: 'retry_after' })
  })

  it('settles network, 5xx and timeouts from the history before anything is resent', () => {
    for (const code of ['network', 'server_error', 'timeout', 'invalid_response', 'tool_failure'] as const) {
      expect(recoveryPolicy[code].delivery).toBe('unknown')
    }
    expect(recoveryPolicy.network.resend).toBe('backoff')
    expect(recoveryPolicy.server_error.resend).toBe('backoff')
    expect(recoveryPolicy.timeout.resend).toBe('never')
  })

  it('never retries content_policy, auth or invalid requests', () => {
    for (const code of [
      'content_policy',
      'unauthorized',
      'forbidden',
      'invalid_request',
      'payload_too_large',
    ] as const) {
      expect(recoveryPolicy[code]).toMatchObject({ delivery: 'failed', resend: 'never', retryRead: false })
    }
  })

  it('marks only session_not_found as ending the session', () => {
    const ending = RUNTIME_ERROR_CODES.filter((code) => recoveryPolicy[code].endsSession)
    expect(ending).toEqual(['session_not_found'])
  })

  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoffDelay(1, () => 1)).toBe(1000)
    expect(backoffDelay(1, () => 0)).toBe(500)
    expect(backoffDelay(3, () => 1)).toBe(4000)
    expect(backoffDelay(20, () => 1)).toBe(30_000)
  })

  it('retries reads twice, only for codes that allow it', () => {
    expect(retryRead(0, { code: 'network' })).toBe(true)
    expect(retryRead(2, { code: 'network' })).toBe(false)
    expect(retryRead(0, { code: 'session_not_found' })).toBe(false)
    expect(retryRead(0, new Error('boom'))).toBe(false)
  })
})
