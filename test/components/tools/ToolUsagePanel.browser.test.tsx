import axe from 'axe-core'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import type { ToolCall } from '../../../src/client/types.ts'
import { ToolCallCard, ToolUsagePanel } from '../../../src/components/tools/index.ts'
import { toolCall } from '../thread/fixtures.ts'

const calls: ToolCall[] = [
  toolCall({ id: 'a', durationMs: 1250 }),
  toolCall({ id: 'b', name: 'search_docs', status: 'running', result: undefined, durationMs: undefined }),
  toolCall({
    id: 'c',
    name: 'send_email',
    status: 'failed',
    error: 'SMTP timeout after 30 s',
    result: undefined,
  }),
]

const card = (root: Element, name: string) =>
  root.querySelector<HTMLElement>(`.acw-tool-card[data-tool="${name}"]`)!

describe('ToolUsagePanel', () => {
  it('shows each call’s name, status as icon and text, and duration', async () => {
    const screen = await render(<ToolUsagePanel toolCalls={calls} className="acw-root" />)
    const list = screen.getByRole('list', { name: 'Tools used' })
    await expect.element(list).toHaveAttribute('data-status', 'failed')
    const statuses = calls.map((call) => {
      const element = card(screen.container, call.name)
      return [
        element.dataset.status,
        element.querySelector('.acw-tool-card__status')?.textContent,
        element.querySelector('.acw-tool-card__header svg')?.getAttribute('data-icon'),
      ]
    })
    expect(statuses).toEqual([
      ['succeeded', 'Succeeded', 'check'],
      ['running', 'Running', 'spinner'],
      ['failed', 'Failed', 'cross'],
    ])
    expect(card(screen.container, 'get_weather').querySelector('.acw-tool-card__duration')?.textContent).toBe(
      '1.3s',
    )
    expect(card(screen.container, 'search_docs').querySelector('.acw-tool-card__duration')).toBeNull()
    expect(card(screen.container, 'send_email').querySelector('.acw-tool-card__error')?.textContent).toBe(
      'SMTP timeout after 30 s',
    )
  })

  it('shows arguments and result as pretty JSON behind one compact, keyboard-operable row', async () => {
    const screen = await render(<ToolCallCard call={calls[0]!} />)
    const disclosure = screen.container.querySelector('details')!
    expect(disclosure.open).toBe(false)
    expect(disclosure.querySelector('summary')?.textContent).toBe('get_weatherSucceeded1.3s')
    const labels = [...disclosure.querySelectorAll('.acw-tool-card__label')].map((label) => label.textContent)
    expect(labels).toEqual(['Arguments', 'Result'])
    expect(disclosure.querySelector('pre')?.textContent).toBe('{\n  "city": "Paris",\n  "unit": "celsius"\n}')
    disclosure.querySelector('summary')!.focus()
    await userEvent.keyboard('{Enter}')
    expect(disclosure.open).toBe(true)
    await expect.element(screen.getByText('"temperature": 21', { exact: false })).toBeVisible()
  })

  it('truncates long values until "Show all"', async () => {
    const long = { items: Array.from({ length: 200 }, (_, index) => `item-${index}`) }
    const screen = await render(<ToolCallCard call={toolCall({ result: long })} />)
    screen.container.querySelector('summary')!.click()
    const pre = screen.container.querySelectorAll('pre')[1]!
    expect(pre.textContent.length).toBeLessThanOrEqual(601)
    expect(pre.textContent.endsWith('…')).toBe(true)
    const button = screen.getByRole('button', { name: 'Show all' })
    await expect.element(button).toHaveAttribute('aria-expanded', 'false')
    await button.click()
    expect(pre.textContent).toBe(JSON.stringify(long, null, 2))
    await screen.getByRole('button', { name: 'Show less' }).click()
    expect(pre.textContent.length).toBeLessThanOrEqual(601)
  })

  it('uses a custom renderer by tool name, with hooks, and the default card otherwise', async () => {
    function Weather({ call }: { call: ToolCall }) {
      const [unit] = useState('°C')
      const result = call.result as { temperature: number }
      return <p className="weather">{`${result.temperature}${unit}`}</p>
    }
    const screen = await render(
      <ToolUsagePanel
        toolCalls={[...calls, toolCall({ id: 'd', name: 'constructor' })]}
        toolRenderers={{ get_weather: Weather }}
      />,
    )
    expect(screen.container.querySelector('.weather')?.textContent).toBe('21°C')
    expect(card(screen.container, 'get_weather')).toBeNull()
    expect(card(screen.container, 'search_docs')).not.toBeNull()
    expect(card(screen.container, 'constructor')).not.toBeNull()
  })

  it('renders nothing without tool calls', async () => {
    const screen = await render(<ToolUsagePanel toolCalls={[]} />)
    expect(screen.container.innerHTML).toBe('')
  })

  it('has no axe violations, expanded or not', async () => {
    const screen = await render(
      <main className="acw-root">
        <ToolUsagePanel toolCalls={[...calls, toolCall({ id: 'e', result: 'x'.repeat(2000) })]} />
      </main>,
    )
    expect((await axe.run(screen.container)).violations.map((violation) => violation.id)).toEqual([])
    for (const summary of screen.container.querySelectorAll('summary')) summary.click()
    expect((await axe.run(screen.container)).violations.map((violation) => violation.id)).toEqual([])
  })
})
