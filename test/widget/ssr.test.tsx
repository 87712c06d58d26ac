// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ChatLauncher, ChatWidget, en } from '../../src/index.ts'
import { defineChatWidgetElement } from '../../src/widget/index.ts'

// Server rendering (Next.js, Remix) must not touch `window`, `document` or `localStorage` during render.
describe('server rendering', () => {
  it('runs where there is no DOM', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('renders ChatWidget to markup', () => {
    const html = renderToString(
      <ChatWidget clientOptions={{ baseUrl: 'http://x/api/v1' }} agentKey="a" storage={false} locale="en" />,
    )
    expect(html).toContain('acw-widget')
    expect(html).toContain('aria-label="Chat"')
    expect(html).toContain('<textarea')
  })

  it('renders ChatLauncher around ChatWidget, closed and open', () => {
    const closed = renderToString(
      <ChatLauncher labels={en}>
        <ChatWidget clientOptions={{ baseUrl: 'http://x/api/v1' }} agentKey="a" storage={false} />
      </ChatLauncher>,
    )
    expect(closed).toContain('aria-label="Open chat"')
    expect(closed).toContain('data-state="closed"')
    const open = renderToString(
      <ChatLauncher labels={en} defaultOpen>
        <ChatWidget clientOptions={{ baseUrl: 'http://x/api/v1' }} sessionId="s1" storage={false} />
      </ChatLauncher>,
    )
    expect(open).toContain('data-state="open"')
    expect(open).toContain('acw-widget')
  })

  it('renders with the default storage (localStorage) without reaching for it', () => {
    const html = renderToString(<ChatWidget clientOptions={{ baseUrl: 'http://x/api/v1' }} agentKey="a" />)
    expect(html).toContain('acw-widget')
  })

  it('defineChatWidgetElement does nothing on the server', () => {
    expect(() => defineChatWidgetElement()).not.toThrow()
  })
})
