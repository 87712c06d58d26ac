import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { RUNTIME_ERROR_CODES, type RuntimeErrorInfo } from '../../../src/client/types.ts'
import { ErrorBanner, type ErrorBannerProps } from '../../../src/components/banner/index.ts'
import { de } from '../../../src/components/labels/de.ts'
import { axeViolations } from '../composer/a11y.ts'

const error = (code: RuntimeErrorInfo['code'], extra: Partial<RuntimeErrorInfo> = {}): RuntimeErrorInfo => ({
  code,
  message: 'Server said no',
  retryable: false,
  correlationId: '3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
  ...extra,
})

const callbacks = () => ({ onRetry: vi.fn(), onStartNew: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn() })

async function show(props: ErrorBannerProps, theme: 'light' | 'dark' = 'light') {
  return render(
    <div className="acw-root" data-theme={theme} style={{ inlineSize: 320 }}>
      <ErrorBanner {...props} />
    </div>,
  )
}

describe('ErrorBanner', () => {
  for (const code of RUNTIME_ERROR_CODES) {
    for (const recovering of [false, true]) {
      it(`announces ${code}${recovering ? ' (recovering)' : ''} as an alert, with no axe violations`, async () => {
        const { container } = await show({
          error: error(code, { retryAfterMs: 5000, details: { tool: 'search_web' } }),
          recovering,
          ...callbacks(),
        })
        const alert = page.getByRole('alert')
        await expect.element(alert).toBeVisible()
        expect(alert.element().textContent).not.toBe('')
        expect(container.querySelector('.acw-banner')!.getAttribute('data-code')).toBe(code)
        expect(await axeViolations(container)).toEqual([])
      })
    }
  }

  it('has no axe violations in the dark theme', async () => {
    const { container } = await show({ error: error('network'), ...callbacks() }, 'dark')
    expect(await axeViolations(container)).toEqual([])
  })

  it('takes focus through its ref, and is labelled by its title', async () => {
    const ref = createRef<HTMLDivElement>()
    await show({ error: error('session_not_found'), ref })
    ref.current!.focus()
    expect(document.activeElement).toBe(ref.current)
    expect(ref.current!.tabIndex).toBe(-1)
    expect(ref.current!.getAttribute('aria-labelledby')).toBe(
      ref.current!.querySelector('.acw-banner__title')!.id,
    )
  })

  it('session_not_found: "This conversation has ended" and Start new conversation', async () => {
    const handlers = callbacks()
    await show({ error: error('session_not_found'), ...handlers })
    await expect.element(page.getByRole('alert')).toHaveTextContent('This conversation has ended')
    await userEvent.click(page.getByRole('button', { name: 'Start new conversation' }))
    expect(handlers.onStartNew).toHaveBeenCalledTimes(1)
    await expect.element(page.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  it('session_not_found without a way to start a new conversation: no text pointing at a missing button', async () => {
    await show({ error: error('session_not_found') })
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Your unsent message is kept, but this conversation can’t continue here.')
    await expect.element(page.getByRole('alert')).not.toHaveTextContent('Start a new conversation')
    await expect.element(page.getByRole('button', { name: 'Start new conversation' })).not.toBeInTheDocument()
  })

  it('content_policy: the reason and Edit message, no Retry', async () => {
    const handlers = callbacks()
    await show({
      error: error('content_policy', { details: { reason: 'Contains a password.' } }),
      ...handlers,
    })
    await expect.element(page.getByRole('alert')).toHaveTextContent('Contains a password.')
    await userEvent.click(page.getByRole('button', { name: 'Edit message' }))
    expect(handlers.onEdit).toHaveBeenCalledTimes(1)
    await expect.element(page.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })

  it('network: "Reconnecting…" without Retry while recovering, then Retry', async () => {
    const handlers = callbacks()
    const { rerender } = await show({ error: error('network'), recovering: true, ...handlers })
    await expect.element(page.getByRole('alert')).toHaveTextContent('Reconnecting…')
    await expect.element(page.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    await rerender(<ErrorBanner error={error('network')} {...handlers} />)
    await userEvent.click(page.getByRole('button', { name: 'Retry' }))
    expect(handlers.onRetry).toHaveBeenCalledTimes(1)
  })

  it('timeout: "Still working…" while recovering', async () => {
    await show({ error: error('timeout'), recovering: true })
    await expect.element(page.getByRole('alert')).toHaveTextContent('Still working…')
  })

  it('tool_failure names the tool as text, even with markup in it', async () => {
    const { container } = await show({ error: error('tool_failure', { details: { tool: '<b>search</b>' } }) })
    await expect.element(page.getByRole('alert')).toHaveTextContent('A tool failed: <b>search</b>')
    expect(container.querySelector('.acw-banner b')).toBeNull()
  })

  it('unauthorized: a configuration error for the integrator', async () => {
    await show({ error: error('unauthorized') })
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('This chat isn’t configured correctly (authentication).')
  })

  it('shows only the actions it has callbacks for', async () => {
    await show({ error: error('network') })
    await expect.element(page.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    await expect.element(page.getByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument()
  })

  it('rate_limited: counts down outside the alert, so the seconds are not re-announced', async () => {
    const { container } = await show({
      error: error('rate_limited'),
      retryAt: Date.now() + 2000,
      ...callbacks(),
    })
    const alert = page.getByRole('alert')
    await expect.element(alert).toHaveTextContent('Too many requests.')
    const countdown = page.getByText(/Retrying in \d s/)
    await expect.element(countdown).toHaveTextContent('Retrying in 2 s')
    expect(
      countdown.element().closest('[role="alert"], [aria-live="polite"], [aria-live="assertive"]'),
    ).toBeNull()
    const alertChanges: MutationRecord[] = []
    const observer = new MutationObserver((records) => alertChanges.push(...records))
    observer.observe(alert.element(), { subtree: true, childList: true, characterData: true })
    await expect.element(countdown, { timeout: 1500 }).toHaveTextContent('Retrying in 1 s')
    await expect.element(page.getByText('Retrying…'), { timeout: 1500 }).toBeVisible()
    observer.disconnect()
    expect(alertChanges).toEqual([])
    expect(container.querySelector('.acw-banner')!.getAttribute('data-tone')).toBe('warning')
  })

  it('rate_limited: counts from retryAfterMs when retryAt is absent', async () => {
    await show({ error: error('rate_limited', { retryAfterMs: 12_000 }) })
    await expect.element(page.getByText('Retrying in 12 s')).toBeVisible()
  })

  it('keeps the correlation id behind Details, shortened, reads the full one, and copies it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    const onCopyReference = vi.fn()
    const { container } = await show({ error: error('server_error'), onCopyReference })
    const full = '3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f'
    await expect.element(page.getByText('Reference: 3f2a9c1e…')).not.toBeVisible()
    await userEvent.click(page.getByText('Details'))
    await expect.element(page.getByText('Reference: 3f2a9c1e…')).toBeVisible()
    expect(container.querySelector('.acw-visually-hidden')!.textContent).toBe(`Reference: ${full}`)
    await userEvent.click(page.getByRole('button', { name: 'Copy reference' }))
    expect(writeText).toHaveBeenCalledWith(full)
    await expect.element(page.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(onCopyReference).toHaveBeenCalledWith(full)
    writeText.mockRestore()
  })

  it('falls back to the request id, and shows none without ids', async () => {
    const { rerender } = await show({
      error: error('server_error', { correlationId: undefined, requestId: 'req-42' }),
    })
    await userEvent.click(page.getByText('Details'))
    await expect.element(page.getByText('Reference: req-42')).toBeVisible()
    await rerender(<ErrorBanner error={error('server_error', { correlationId: undefined })} />)
    await expect.element(page.getByText(/Reference:/)).not.toBeInTheDocument()
    await expect.element(page.getByText('Details')).not.toBeInTheDocument()
  })

  it('reads its texts from the labels', async () => {
    await show({ error: error('session_not_found'), onStartNew: vi.fn(), labels: de })
    await expect.element(page.getByRole('alert')).toHaveTextContent('Diese Unterhaltung ist beendet')
    await expect.element(page.getByRole('button', { name: 'Neue Unterhaltung beginnen' })).toBeVisible()
  })

  it('passes user props, className and data attributes to the root', async () => {
    const { container } = await show({
      error: error('aborted'),
      className: 'mine',
      'data-testid': 'banner',
    } as ErrorBannerProps)
    const root = container.querySelector('.acw-banner')!
    expect(root.classList.contains('mine')).toBe(true)
    expect(root.getAttribute('data-testid')).toBe('banner')
    expect(root.getAttribute('data-tone')).toBe('info')
  })
})
