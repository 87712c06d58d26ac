import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import { Thread, type ThreadProps } from '../../../src/components/thread/index.ts'
import type { ChatMessage } from '../../../src/store/types.ts'
import { allStates } from './allStates.tsx'
import { makeMessage } from './fixtures.ts'
import { settle } from './helpers.ts'

async function axeViolations(root: Element, theme: 'light' | 'dark') {
  const results = await axe.run(root)
  return results.violations.map(
    (v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe('Thread accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with every message and tool state (${theme})`, async () => {
      // Tall enough to show every state at once, opened: the thread renders what is on screen.
      await page.viewport(800, 2500)
      const screen = await render(
        <main className="acw-root" data-theme={theme} style={{ width: 420 }}>
          <Thread
            style={{ height: 2400 }}
            messages={allStates}
            isWorking
            messageProps={{ onRetry: () => {}, onDiscard: () => {} }}
            footer={<p>Assistant is working</p>}
          />
        </main>,
      )
      const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
      await settle(viewport)
      // Open every disclosure so hidden parts are checked too.
      for (const summary of viewport.querySelectorAll('summary')) summary.click()
      for (const toggle of viewport.querySelectorAll<HTMLButtonElement>('[aria-expanded="false"]'))
        toggle.click()
      await settle(viewport)
      expect(viewport.querySelectorAll('[data-key]').length).toBe(allStates.length)
      expect(viewport.querySelector('[data-status="failed"] .acw-tool-card__error')).not.toBeNull()
      expect(await axeViolations(screen.container, theme)).toEqual([])
    })
  }

  it('has no axe violations when empty or scrolled up with new messages', async () => {
    const screen = await render(
      <main className="acw-root">
        <Thread style={{ height: 300 }} messages={[]} />
      </main>,
    )
    expect(screen.container.textContent).toContain('How can I help?')
    expect(await axeViolations(screen.container, 'light')).toEqual([])
    await screen.rerender(
      <main className="acw-root">
        <Thread style={{ height: 300 }} messages={[]} isLoadingOlder />
      </main>,
    )
    expect(screen.container.textContent).not.toContain('How can I help?')
    expect(screen.container.textContent).toContain('Loading earlier messages…')

    const messages = Array.from({ length: 30 }, (_, index) => makeMessage(index))
    const ui = (list: ChatMessage[]) => (
      <main className="acw-root">
        <Thread style={{ height: 300 }} messages={list} hasOlder isLoadingOlder />
      </main>
    )
    await screen.rerender(ui(messages))
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    viewport.scrollTop = 0
    await settle(viewport)
    await screen.rerender(ui([...messages, makeMessage(30)]))
    await settle(viewport)
    await expect.element(screen.getByRole('button', { name: 'Jump to latest 1 new message' })).toBeVisible()
    expect(screen.container.querySelector('.acw-thread__loading')?.textContent).toContain('Loading')
    expect(await axeViolations(screen.container, 'light')).toEqual([])
  })

  it('is a labelled log, busy while working', async () => {
    const ui = (props: Partial<ThreadProps>) => (
      <div className="acw-root">
        <Thread
          style={{ height: 300 }}
          messages={[makeMessage(0)]}
          labels={{ threadLabel: 'Support chat' }}
          {...props}
        />
      </div>
    )
    const screen = await render(ui({}))
    const log = screen.container.querySelector('[role="log"]')!
    expect(log.getAttribute('aria-label')).toBe('Support chat')
    expect(log.getAttribute('aria-busy')).toBe('false')
    await screen.rerender(ui({ isWorking: true }))
    expect(log.getAttribute('aria-busy')).toBe('true')
  })
})

describe('Thread announcements', () => {
  const status = (root: Element) => root.querySelector('.acw-thread > .acw-visually-hidden[role="status"]')!
  const reply = (index: number, text: string): ChatMessage =>
    makeMessage(index, { role: 'assistant', text, content: text })

  it('announces finished assistant replies only, with a short summary', async () => {
    const ui = (messages: ChatMessage[], isWorking: boolean) => (
      <div className="acw-root">
        <Thread style={{ height: 300 }} messages={messages} isWorking={isWorking} />
      </div>
    )
    let messages = [makeMessage(0), reply(1, 'Earlier answer')]
    const screen = await render(ui(messages, false))
    expect(status(screen.container).textContent).toBe('')

    messages = [...messages, makeMessage(2, { delivery: { status: 'sending', since: 0 } })]
    await screen.rerender(ui(messages, true))
    messages = [...messages, reply(3, 'Partial')]
    await screen.rerender(ui(messages, true))
    expect(status(screen.container).textContent).toBe('')

    const long = `**Sunny** in [Paris](https://example.com). ${'More details follow here. '.repeat(10)}`
    messages = [...messages.slice(0, -1), reply(3, long)]
    await screen.rerender(ui(messages, true))
    expect(status(screen.container).textContent).toBe('')
    await screen.rerender(ui(messages, false))
    const text = status(screen.container).textContent ?? ''
    expect(text.startsWith('Assistant replied: Sunny in Paris. More details')).toBe(true)
    expect(text.endsWith('…')).toBe(true)
    expect(Array.from(text.slice('Assistant replied: '.length)).length).toBeLessThanOrEqual(141)

    // Older history is not news.
    await screen.rerender(ui([reply(-1, 'Ancient'), ...messages], false))
    expect(status(screen.container).textContent).toBe(text)
  })

  it('keeps the log itself quiet so scrolling rows in and out is not announced', async () => {
    const screen = await render(
      <div className="acw-root">
        <Thread style={{ height: 300 }} messages={[makeMessage(0)]} />
      </div>,
    )
    expect(screen.container.querySelector('[role="log"]')!.getAttribute('aria-live')).toBe('off')
  })
})
