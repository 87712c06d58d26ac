import { beforeEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import { Thread, type ThreadProps } from '../../../src/components/thread/index.ts'
import { makeMessage, makeMessages } from './fixtures.ts'
import { distanceFromBottom, firstVisibleRow, frames, scrollTo, settle } from './helpers.ts'

function ui(props: ThreadProps) {
  return (
    <div className="acw-root" style={{ width: 360 }}>
      <Thread style={{ height: 400 }} {...props} />
    </div>
  )
}

async function mount(props: ThreadProps) {
  const screen = await render(ui(props))
  const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
  await settle(viewport)
  return { screen, viewport }
}

const jumpButton = (root: ParentNode) => root.querySelector<HTMLButtonElement>('.acw-thread__jump')

describe('Thread scrolling', () => {
  beforeEach(async () => {
    await page.viewport(800, 900)
  })

  it('opens at the bottom and sticks to it when a message is appended', async () => {
    let messages = makeMessages(0, 40)
    const { screen, viewport } = await mount({ messages })
    expect(distanceFromBottom(viewport)).toBeLessThan(2)
    expect(viewport.scrollTop).toBeGreaterThan(0)

    messages = [...messages, makeMessage(40, { text: 'A long reply. '.repeat(40) })]
    await screen.rerender(ui({ messages }))
    await settle(viewport)
    expect(distanceFromBottom(viewport)).toBeLessThan(2)
    expect(viewport.querySelector('[data-key="m40"]')).not.toBeNull()
    expect(jumpButton(screen.container)).toBeNull()
  })

  it('does not pull a reader who scrolled up back down, and counts what arrived', async () => {
    let messages = makeMessages(0, 40)
    const { screen, viewport } = await mount({ messages })
    await scrollTo(viewport, viewport.scrollTop - 900)
    await expect.poll(() => jumpButton(screen.container)).not.toBeNull()
    const before = firstVisibleRow(viewport)

    messages = [...messages, ...makeMessages(40, 43)]
    await screen.rerender(ui({ messages }))
    await settle(viewport)

    const after = firstVisibleRow(viewport)
    expect(after.key).toBe(before.key)
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2)
    expect(distanceFromBottom(viewport)).toBeGreaterThan(500)
    const button = jumpButton(screen.container)!
    expect(button.textContent).toContain('Jump to latest')
    expect(button.textContent).toContain('3 new messages')

    button.click()
    await settle(viewport)
    expect(distanceFromBottom(viewport)).toBeLessThan(2)
    expect(jumpButton(screen.container)).toBeNull()
    expect(document.activeElement).toBe(viewport)
  })

  it('keeps a reader who scrolled up where they are when rows resize before the scroll event arrives', async () => {
    const messages = makeMessages(0, 40)
    const { screen, viewport } = await mount({ messages })
    // The scroll event comes a frame later; a render in between (a row measured, a reply edited) must not pin
    // the reader back to the bottom.
    viewport.scrollTop = 0
    const grown = messages.map((message, index) =>
      index === 39 ? makeMessage(39, { text: 'A longer reply. '.repeat(30) }) : message,
    )
    await screen.rerender(ui({ messages: grown }))
    await settle(viewport)
    expect(viewport.scrollTop).toBeLessThan(2)
    await expect.poll(() => jumpButton(screen.container)).not.toBeNull()
  })

  it('follows the user’s own new message even when scrolled up', async () => {
    let messages = makeMessages(0, 40)
    const { screen, viewport } = await mount({ messages })
    await scrollTo(viewport, 0)
    messages = [...messages, makeMessage(40, { role: 'user', delivery: { status: 'queued' } })]
    await screen.rerender(ui({ messages }))
    await settle(viewport)
    expect(distanceFromBottom(viewport)).toBeLessThan(2)
  })

  it('keeps the first visible message in place when older messages are prepended', async () => {
    const onLoadOlder = vi.fn()
    let messages = makeMessages(100, 140)
    const { screen, viewport } = await mount({ messages, hasOlder: true, onLoadOlder })
    expect(onLoadOlder).not.toHaveBeenCalled()

    await scrollTo(viewport, 150)
    await expect.poll(() => onLoadOlder.mock.calls.length).toBe(1)
    await screen.rerender(ui({ messages, hasOlder: true, onLoadOlder, isLoadingOlder: true }))
    expect(screen.container.querySelector('.acw-thread__loading')?.textContent).toMatch(/loading/i)
    await settle(viewport)
    const before = firstVisibleRow(viewport)

    messages = [...makeMessages(70, 100), ...messages]
    await screen.rerender(ui({ messages, hasOlder: true, onLoadOlder, isLoadingOlder: false }))
    await settle(viewport)
    await frames(5)

    const after = firstVisibleRow(viewport)
    expect(after.key).toBe(before.key)
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2)
    expect(viewport.scrollTop).toBeGreaterThan(1000)
    expect(onLoadOlder).toHaveBeenCalledTimes(1)
  })

  it('loads older messages on mount when the few it has do not fill the view', async () => {
    const onLoadOlder = vi.fn()
    await mount({ messages: makeMessages(0, 2), hasOlder: true, onLoadOlder })
    expect(onLoadOlder).toHaveBeenCalledTimes(1)
  })

  it('renders only a window of rows for 10,000 messages', async () => {
    const messages = makeMessages(0, 10_000)
    const started = performance.now()
    const { viewport } = await mount({ messages })
    const elapsed = performance.now() - started
    const rows = viewport.querySelectorAll('[data-key]')
    expect(rows.length).toBeGreaterThan(2)
    expect(rows.length).toBeLessThan(40)
    expect(viewport.querySelector('[data-key="m9999"]')).not.toBeNull()
    expect(viewport.querySelector('[data-key="m0"]')).toBeNull()
    expect(distanceFromBottom(viewport)).toBeLessThan(2)
    expect(elapsed).toBeLessThan(5000)

    await scrollTo(viewport, viewport.scrollHeight / 2)
    expect(viewport.querySelectorAll('[data-key]').length).toBeLessThan(40)
  })

  it('never scrolls the host page', async () => {
    let messages = makeMessages(0, 40)
    const page = (props: ThreadProps) => (
      <div className="acw-root" style={{ width: 360 }}>
        <div style={{ height: 2000 }} />
        <Thread style={{ height: 400 }} {...props} />
        <div style={{ height: 2000 }} />
      </div>
    )
    const screen = await render(page({ messages }))
    window.scrollTo(0, 1700)
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    expect(window.scrollY).toBe(1700)

    messages = [...messages, makeMessage(40)]
    await screen.rerender(page({ messages }))
    await settle(viewport)
    await scrollTo(viewport, 0)
    messages = [
      ...messages,
      makeMessage(41),
      makeMessage(42, { role: 'user', delivery: { status: 'sending', since: 0 } }),
    ]
    await screen.rerender(page({ messages }))
    await settle(viewport)
    await scrollTo(viewport, 0)
    jumpButton(screen.container)!.click()
    await settle(viewport)
    messages = [...makeMessages(-30, 0), ...messages]
    await screen.rerender(page({ messages, hasOlder: true }))
    await settle(viewport)

    expect(distanceFromBottom(viewport)).toBeLessThan(2)
    expect(window.scrollY).toBe(1700)
  })
})
