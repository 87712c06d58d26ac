import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { de } from '../../../src/components/labels/de.ts'
import { SessionStatusBadge, WorkingIndicator } from '../../../src/components/status/index.ts'
import type { SessionStatusBadgeProps } from '../../../src/components/status/index.ts'
import { axeViolations } from '../composer/a11y.ts'

const cases: [SessionStatusBadgeProps, string, string][] = [
  [{ status: 'active' }, 'ready', 'Ready'],
  [{ status: 'idle' }, 'idle', 'Idle'],
  [{ status: 'processing' }, 'working', 'Working'],
  [{ status: 'active', isWorking: true }, 'working', 'Working'],
  [{ status: 'error' }, 'error', 'Needs attention'],
  [{ status: 'active', connection: 'offline' }, 'offline', 'Offline'],
  [{ status: undefined }, 'unknown', 'Connecting…'],
  [{ status: 'paused' }, 'other', 'paused'],
]

describe('SessionStatusBadge', () => {
  for (const [props, state, text] of cases) {
    it(`shows ${state} as a dot and the word "${text}"`, async () => {
      const { container } = await render(
        <div className="acw-root" data-theme="light">
          <SessionStatusBadge {...props} />
        </div>,
      )
      const badge = container.querySelector('.acw-status-badge')!
      expect(badge.getAttribute('data-status')).toBe(state)
      await expect.element(page.getByText(text, { exact: true })).toBeVisible()
      expect(badge.querySelector('.acw-status-badge__dot')!.getAttribute('aria-hidden')).toBe('true')
      expect(badge.textContent).toBe(`Session status ${text}`)
      expect(await axeViolations(container)).toEqual([])
    })
  }

  it('reads its texts from the labels', async () => {
    await render(<SessionStatusBadge status="active" labels={de} />)
    await expect.element(page.getByText('Bereit')).toBeVisible()
  })
})

describe('WorkingIndicator', () => {
  it('shows the elapsed seconds, ticking each second', async () => {
    await render(<WorkingIndicator since={Date.now() - 12_000} />)
    await expect.element(page.getByText('Working… 12 s')).toBeVisible()
    await expect.element(page.getByText('Working… 13 s'), { timeout: 1500 }).toBeVisible()
  })

  it('announces "Assistant is working" once, not every second', async () => {
    const { container } = await render(
      <div className="acw-root" data-theme="light">
        <WorkingIndicator since={Date.now() - 7_000} />
      </div>,
    )
    const status = page.getByRole('status')
    const changes: MutationRecord[] = []
    const observer = new MutationObserver((records) => changes.push(...records))
    observer.observe(status.element(), { subtree: true, childList: true, characterData: true })
    await expect.element(status).toHaveTextContent('Assistant is working')
    await expect.element(page.getByText('Working… 9 s'), { timeout: 3000 }).toBeInTheDocument()
    observer.disconnect()
    expect(changes).toHaveLength(1)
    expect(status.element().textContent).toBe('Assistant is working')
    const ticking = container.querySelector('.acw-working__text')!
    expect(ticking.getAttribute('aria-hidden')).toBe('true')
    expect(ticking.closest('[role="status"]')).toBeNull()
    expect(await axeViolations(container)).toEqual([])
  })

  it('shows only the typing dots while a reply is quick, or without a start time', async () => {
    const { container, rerender } = await render(<WorkingIndicator since={Date.now() - 2_000} />)
    expect(container.querySelector('.acw-working__dots')).not.toBeNull()
    expect(container.querySelector('.acw-working__text')).toBeNull()
    await rerender(<WorkingIndicator />)
    expect(container.querySelector('.acw-working__text')).toBeNull()
  })
})
