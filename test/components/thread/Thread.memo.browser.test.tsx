import { Profiler, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import type { ToolCall } from '../../../src/client/types.ts'
import { Message } from '../../../src/components/message/index.ts'
import { Thread } from '../../../src/components/thread/index.ts'
import type { ToolRenderers } from '../../../src/components/tools/index.ts'
import type { ChatMessage } from '../../../src/store/types.ts'
import { makeMessage, toolCall } from './fixtures.ts'
import { settle } from './helpers.ts'

const short = (index: number, overrides: Partial<ChatMessage> = {}) =>
  makeMessage(index, { text: `Short ${index}`, content: `Short ${index}`, ...overrides })

describe('Thread row memoization', () => {
  it('does not re-render settled rows when a message is appended or the parent re-renders', async () => {
    const renders = new Map<string, number>()
    const renderMessage = (message: ChatMessage): ReactNode => {
      renders.set(message.key, (renders.get(message.key) ?? 0) + 1)
      return <Message message={message} />
    }
    const ui = (messages: ChatMessage[], draft: string) => (
      <div className="acw-root">
        <input aria-label="Draft" value={draft} readOnly />
        <Thread style={{ height: 600 }} messages={messages} renderMessage={renderMessage} />
      </div>
    )
    let messages = [0, 1, 2, 3].map((index) => short(index))
    const screen = await render(ui(messages, ''))
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    expect([...renders.values()]).toEqual([1, 1, 1, 1])

    await screen.rerender(ui(messages, 'typing in the composer'))
    messages = [...messages, short(4)]
    await screen.rerender(ui(messages, 'typing in the composer'))
    await settle(viewport)
    expect(Object.fromEntries(renders)).toEqual({ m0: 1, m1: 1, m2: 1, m3: 1, m4: 1 })

    // The control: a changed message object (same key) does re-render, and only that row.
    messages = messages.map((message) => (message.key === 'm2' ? { ...message, text: 'Edited' } : message))
    await screen.rerender(ui(messages, 'typing in the composer'))
    await settle(viewport)
    expect(Object.fromEntries(renders)).toEqual({ m0: 1, m1: 1, m2: 2, m3: 1, m4: 1 })
  })

  it('keeps default Message rows memoized although messageProps handlers are new functions each render', async () => {
    const renders = new Map<string, number>()
    const Counting = ({ call }: { call: ToolCall }) => {
      renders.set(call.id, (renders.get(call.id) ?? 0) + 1)
      return <span>{call.name}</span>
    }
    const toolRenderers: ToolRenderers = { get_weather: Counting }
    let commits = 0
    const ui = (messages: ChatMessage[], draft: string, locale?: string) => (
      <div className="acw-root">
        <output>{draft}</output>
        <Profiler id="thread" onRender={() => (commits += 1)}>
          <Thread
            style={{ height: 600 }}
            messages={messages}
            messageProps={{ toolRenderers, locale, onRetry: () => draft, onDiscard: () => draft }}
          />
        </Profiler>
      </div>
    )
    let messages = [1, 3].map((index) => short(index, { toolCalls: [toolCall({ id: `call-${index}` })] }))
    const screen = await render(ui(messages, ''))
    const viewport = screen.container.querySelector<HTMLElement>('[role="log"]')!
    await settle(viewport)
    expect(Object.fromEntries(renders)).toEqual({ 'call-1': 1, 'call-3': 1 })

    const commitsBefore = commits
    await screen.rerender(ui(messages, 'a'))
    await screen.rerender(ui(messages, 'ab'))
    messages = [...messages, short(5, { toolCalls: [toolCall({ id: 'call-5' })] })]
    await screen.rerender(ui(messages, 'abc'))
    await settle(viewport)
    expect(commits).toBeGreaterThan(commitsBefore)
    expect(Object.fromEntries(renders)).toEqual({ 'call-1': 1, 'call-3': 1, 'call-5': 1 })

    // A different non-handler prop is a real change: every row re-renders.
    await screen.rerender(ui(messages, 'abc', 'de'))
    await settle(viewport)
    expect(Object.fromEntries(renders)).toEqual({ 'call-1': 2, 'call-3': 2, 'call-5': 2 })
  })
})
