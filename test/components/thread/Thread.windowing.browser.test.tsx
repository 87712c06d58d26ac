import { Profiler, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import { Thread } from '../../../src/components/thread/index.ts'
import type { ChatMessage } from '../../../src/store/types.ts'
import { makeMessage } from './fixtures.ts'
import { frames, scrollTo, settle } from './helpers.ts'

// Every markdown parse, by source text: the Markdown component compiles its source when it renders.
const parses = vi.hoisted(() => new Map<string, number>())
vi.mock(import('../../../src/components/markdown/Markdown.tsx'), async (importOriginal) => {
  const original = await importOriginal()
  return {
    ...original,
    Markdown(props: Parameters<typeof original.Markdown>[0]) {
      parses.set(props.children, (parses.get(props.children) ?? 0) + 1)
      return original.Markdown(props)
    },
  }
})

/** 10,000 assistant messages, each a little markdown with its key in it. */
const markdownMessages = (count: number): ChatMessage[] =>
  Array.from({ length: count }, (_, index) => {
    const text = `### Reply m${index}\n\n- a **point** with \`code\`\n- ${'another point. '.repeat(1 + (index % 5))}`
    return makeMessage(index, { role: 'assistant', text, content: text })
  })

const keyOf = (text: string) => /Reply (m\d+)/.exec(text)?.[1] ?? text

/** Keys of the rows in the DOM, and of those that intersect the viewport. */
function rowsOf(viewport: HTMLElement) {
  const box = viewport.getBoundingClientRect()
  const rows = [...viewport.querySelectorAll<HTMLElement>('[data-key]')]
  const onScreen = rows.filter((row) => {
    const rect = row.getBoundingClientRect()
    return rect.bottom > box.top && rect.top < box.bottom
  })
  return { inDom: rows.map((row) => row.dataset.key!), onScreen: onScreen.map((row) => row.dataset.key!) }
}

afterEach(() => parses.clear())

describe('Thread windowing', () => {
  it('parses the markdown of the messages on screen only, once each, in a 10,000-message thread', async () => {
    const messages = markdownMessages(10_000)
    const commits: string[] = []
    const screen = await render(
      <div className="acw-root" style={{ width: 420 }}>
        <Profiler id="thread" onRender={(_id, phase) => commits.push(phase)}>
          <Thread style={{ height: 600 }} messages={messages} />
        </Profiler>
      </div>,
    )
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    // The mount, before the overscan (it follows the first paint): what was parsed is what is on screen.
    const mounted = rowsOf(viewport)
    expect(mounted.onScreen.length).toBeGreaterThan(1)
    expect(mounted.inDom).toEqual(mounted.onScreen)
    expect([...parses.keys()].map(keyOf).sort()).toEqual([...mounted.onScreen].sort())
    expect([...parses.values()].every((count) => count === 1)).toBe(true)
    // An empty first commit (the viewport's height is not known yet), then each pass adds at least one row.
    expect(commits.length).toBeLessThanOrEqual(2 + mounted.onScreen.length)

    // Then the overscan: a few rows just above the viewport, still nowhere near the 10,000.
    await settle(viewport)
    const settled = rowsOf(viewport)
    const parsed = [...parses.keys()].map(keyOf)
    expect(parsed.length).toBeLessThan(mounted.onScreen.length + 6)
    expect(parsed.every((key) => settled.inDom.includes(key))).toBe(true)
    expect(parsed.every((key) => Number(key.slice(1)) >= 10_000 - 20)).toBe(true)
    expect([...parses.values()].every((count) => count === 1)).toBe(true)
  })

  it('renders the rows a scroll brings on screen, and drops those it takes away', async () => {
    const messages = markdownMessages(10_000)
    const screen = await render(
      <div className="acw-root" style={{ width: 420 }}>
        <Thread style={{ height: 600 }} messages={messages} />
      </div>,
    )
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    parses.clear()
    await scrollTo(viewport, viewport.scrollHeight / 2)
    const middle = rowsOf(viewport)
    expect(middle.onScreen.length).toBeGreaterThan(1)
    // Everything on screen is rendered, and the window is the screen plus a little overscan on each side.
    expect(middle.onScreen.every((key) => middle.inDom.includes(key))).toBe(true)
    expect(middle.inDom.length).toBeLessThan(middle.onScreen.length + 8)
    expect(viewport.querySelector('[data-key="m9999"]')).toBeNull()
    expect(parses.size).toBe(middle.inDom.length)
  })

  it('commits an append to a 10,000-message thread in two renders and renders the new row only', async () => {
    let messages = markdownMessages(10_000)
    const commits: string[] = []
    const rowRenders: string[] = []
    const renderMessage = (message: ChatMessage): ReactNode => {
      rowRenders.push(message.key)
      return <p>{message.text}</p>
    }
    const ui = () => (
      <div className="acw-root" style={{ width: 420 }}>
        <Profiler id="thread" onRender={(_id, phase) => commits.push(phase)}>
          <Thread style={{ height: 600 }} messages={messages} renderMessage={renderMessage} />
        </Profiler>
      </div>
    )
    const screen = await render(ui())
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    for (const index of [10_000, 10_001, 10_002]) {
      commits.length = 0
      rowRenders.length = 0
      messages = [...messages, makeMessage(index)]
      await screen.rerender(ui())
      await frames(3)
      // The append, then the new row measured: no commit for a view that did not change.
      expect(commits).toEqual(['update', 'nested-update'])
      expect(rowRenders).toEqual([`m${index}`])
      expect(viewport.querySelector(`[data-key="m${index}"]`)).not.toBeNull()
      expect(viewport.scrollHeight - viewport.scrollTop - viewport.clientHeight).toBeLessThan(2)
    }
  })
})
