import { describe, expect, it } from 'vitest'
import { RUNTIME_ERROR_CODES, type RuntimeErrorInfo } from '../../../src/client/types.ts'
import { errorPresentation, presentError } from '../../../src/components/banner/errorPresentation.ts'
import { de } from '../../../src/components/labels/de.ts'
import { en } from '../../../src/components/labels/en.ts'

const error = (code: RuntimeErrorInfo['code'], extra: Partial<RuntimeErrorInfo> = {}): RuntimeErrorInfo => ({
  code,
  message: 'server text',
  retryable: false,
  ...extra,
})

describe('errorPresentation', () => {
  it('has exactly one entry per runtime error code', () => {
    expect(Object.keys(errorPresentation).sort()).toEqual([...RUNTIME_ERROR_CODES].sort())
  })

  it('gives every code a title, a tone and at least one action', () => {
    for (const code of RUNTIME_ERROR_CODES) {
      const presented = presentError(error(code), en)
      expect(presented.title, code).not.toBe('')
      expect(['error', 'warning', 'info']).toContain(presented.tone)
      expect(presented.actions.length, code).toBeGreaterThan(0)
    }
  })

  it('follows the design table', () => {
    expect(presentError(error('session_not_found'), en)).toMatchObject({
      title: 'This conversation has ended',
      actions: ['startNew'],
    })
    expect(presentError(error('content_policy'), en).actions).toContain('edit')
    expect(presentError(error('content_policy'), en).actions).not.toContain('retry')
    expect(presentError(error('rate_limited'), en)).toMatchObject({
      countdown: true,
      title: 'Too many requests.',
    })
    expect(presentError(error('unauthorized'), en).title).toBe(
      'This chat isn’t configured correctly (authentication).',
    )
    expect(presentError(error('forbidden'), en).actions).not.toContain('retry')
    for (const code of ['network', 'server_error', 'timeout'] as const) {
      expect(presentError(error(code), en).actions, code).toContain('retry')
    }
  })

  it('shows "Reconnecting…" / "Still working…" without Retry while recovering, only for codes that recover', () => {
    expect(presentError(error('network'), en, { recovering: true })).toMatchObject({
      title: 'Reconnecting…',
      actions: [],
      recovering: true,
    })
    expect(presentError(error('server_error'), en, { recovering: true }).title).toBe('Reconnecting…')
    expect(presentError(error('timeout'), en, { recovering: true }).title).toBe('Still working…')
    const notRecoverable = presentError(error('content_policy'), en, { recovering: true })
    expect(notRecoverable.recovering).toBe(false)
    expect(notRecoverable.actions).toContain('edit')
  })

  it('names the failing tool from details.tool, and falls back when absent', () => {
    expect(presentError(error('tool_failure', { details: { tool: 'search_web' } }), en).title).toBe(
      'A tool failed: search_web',
    )
    expect(presentError(error('tool_failure'), en).title).toBe('A tool failed')
    expect(presentError(error('tool_failure', { details: { tool: 42 } }), en).title).toBe('A tool failed')
  })

  it('shows the content-policy reason from details.reason, else the catalog text', () => {
    expect(
      presentError(error('content_policy', { details: { reason: 'Contains personal data.' } }), en)
        .description,
    ).toBe('Contains personal data.')
    expect(presentError(error('content_policy'), en).description).toBe(en.errors.content_policy.description)
  })

  it('reads its texts from the catalog', () => {
    expect(presentError(error('session_not_found'), de).title).toBe('Diese Unterhaltung ist beendet')
    expect(presentError(error('tool_failure', { details: { tool: 'x' } }), de).title).toBe(
      'Ein Werkzeug ist fehlgeschlagen: x',
    )
  })
})
