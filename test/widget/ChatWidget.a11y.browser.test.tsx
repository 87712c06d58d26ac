import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ar } from '../../src/components/labels/ar.ts'
import { MARKDOWN_REPLY } from '../../src/testing/agentReplies.ts'
import type { SeedMessage } from '../../src/testing/types.ts'
import { axeViolations, renderWidget, widgetOf, type WidgetSetup } from './harness.tsx'

/** A conversation with markdown and tool calls (one succeeded with a result list, one plain). */
const CONVERSATION: readonly SeedMessage[] = [
  { role: 'user', content: 'calculate 2+2' },
  {
    role: 'assistant',
    content: '**2+2 = 4**',
    toolCalls: [
      {
        id: 'call_1',
        name: 'calculator',
        args: { expression: '2+2' },
        result: 4,
        status: 'completed',
        duration_ms: 12,
      },
    ],
  },
  { role: 'user', content: 'search accessible chat widgets' },
  {
    role: 'assistant',
    content: `Here is what I found.\n\n${MARKDOWN_REPLY}`,
    toolCalls: [
      {
        id: 'call_2',
        name: 'web_search',
        args: { query: 'accessible chat widgets' },
        result: [{ title: 'Guide', url: 'https://example.com/guide', snippet: 'A guide.' }],
        status: 'completed',
        duration_ms: 240,
      },
    ],
  },
]

const withConversation = (props: WidgetSetup['props'] = {}): WidgetSetup => ({
  runtimeOptions: { sessions: [{ id: 's1', history: CONVERSATION }] },
  props,
})

async function send(textbox: Parameters<typeof userEvent.click>[0], text: string) {
  await userEvent.click(textbox)
  await userEvent.fill(textbox, text)
  await userEvent.keyboard('{Enter}')
}

async function expectNoViolations(container: HTMLElement) {
  expect(await axeViolations(widgetOf(container))).toEqual([])
}

describe('ChatWidget accessibility in every state (axe, zero violations)', () => {
  it('runs live checks: a nameless button inside the widget is reported', async () => {
    const { container } = await renderWidget()
    widgetOf(container).querySelector('header')!.append(document.createElement('button'))
    expect((await axeViolations(widgetOf(container))).join('\n')).toMatch(/^button-name/m)
  })

  it('empty', async () => {
    const { container } = await renderWidget()
    await expect.element(page.getByText('How can I help?')).toBeVisible()
    await expectNoViolations(container)
  })

  it('a conversation with tool calls and markdown', async () => {
    const { container } = await renderWidget(withConversation())
    await expect.element(page.getByRole('heading', { name: 'A formatted answer' })).toBeVisible()
    expect(container.querySelectorAll('.acw-tool-card[data-status="succeeded"]')).toHaveLength(2)
    expect(container.querySelector('.acw-markdown pre code')).not.toBeNull()
    await expectNoViolations(container)
  })

  it('sending', async () => {
    const { container, textbox } = await renderWidget()
    await send(textbox, 'take your time /slow 20000')
    await expect.element(page.getByText('Sending…')).toBeVisible()
    await expect.element(page.getByText(/^Working…/)).toBeVisible()
    await expectNoViolations(container)
  })

  it('a failed message (too large: Discard and Edit, no Retry)', async () => {
    const { container, textbox } = await renderWidget({ runtimeOptions: { maxBodyBytes: 300 } })
    await send(textbox, 'x'.repeat(400))
    await expect.element(page.getByRole('button', { name: 'Discard' })).toBeVisible()
    expect(page.getByRole('button', { name: 'Retry' }).elements()).toHaveLength(0)
    expect(container.querySelector('.acw-delivery[data-status="failed"]')).not.toBeNull()
    await expectNoViolations(container)
  })

  it('rate limited with a countdown', async () => {
    const { runtime, container, textbox } = await renderWidget()
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 60 }, { sessionId: 's1' })
    await send(textbox, 'too fast')
    await expect.element(page.getByText(/^Send available in \d+ s$/)).toBeVisible()
    await expect.element(page.getByText(/^Retrying in \d+ s$/)).toBeVisible()
    await expectNoViolations(container)
  })

  it('session not found: the conversation has ended', async () => {
    const { runtime, container, textbox } = await renderWidget({
      props: { sessionId: undefined, agentKey: 'a' },
    })
    runtime.inject({ kind: 'session_not_found' })
    await send(textbox, 'are you there?')
    await expect.element(page.getByText('This conversation has ended')).toBeVisible()
    await expect.element(page.getByRole('alert').getByText('This conversation has ended')).toBeInTheDocument()
    await expect.element(page.getByRole('button', { name: 'Start new conversation' }).first()).toBeVisible()
    await expectNoViolations(container)
  })

  it('content policy', async () => {
    const { runtime, container, textbox } = await renderWidget()
    runtime.inject({ kind: 'content_policy', reason: 'Blocked: personal data.' }, { sessionId: 's1' })
    await send(textbox, 'my card number is 4111')
    await expect.element(page.getByRole('button', { name: 'Edit message' })).toBeVisible()
    await expectNoViolations(container)
  })

  it('a tool failure', async () => {
    const { container, textbox } = await renderWidget()
    await send(textbox, 'weather in Berlin')
    await expect.element(page.getByText('A tool failed: weather_lookup')).toBeVisible()
    expect(container.querySelector('.acw-tool-card[data-status="failed"]')).not.toBeNull()
    await expectNoViolations(container)
  })

  it('dark theme, with a conversation', async () => {
    const { container } = await renderWidget(withConversation({ theme: 'dark' }))
    await expect.element(page.getByRole('heading', { name: 'A formatted answer' })).toBeVisible()
    expect(widgetOf(container).dataset.theme).toBe('dark')
    await expectNoViolations(container)
  })

  it('right to left (locale ar), with a conversation', async () => {
    const { container } = await renderWidget(withConversation({ locale: 'ar', locales: { ar } }))
    await expect.element(page.getByRole('heading', { name: 'A formatted answer' })).toBeVisible()
    expect(widgetOf(container).getAttribute('dir')).toBe('rtl')
    expect(widgetOf(container).getAttribute('lang')).toBe('ar')
    await expect.element(page.getByRole('log', { name: ar.threadLabel })).toBeVisible()
    await expectNoViolations(container)
  })
})
