import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import {
  ChatTheme,
  Composer,
  ErrorBanner,
  Markdown,
  Message,
  Thread,
  ToolUsagePanel,
} from '../../../src/index.ts'
import { makeMessage, makeMessages, toolCall } from '../thread/fixtures.ts'

/** Inherited text styles a host page may set on `body`, none of which should reach the kit. */
const HOST_BODY: Partial<CSSStyleDeclaration> = {
  textAlign: 'center',
  lineHeight: '3',
  letterSpacing: '3px',
  wordSpacing: '6px',
  color: 'rgb(200, 0, 0)',
  fontFamily: 'serif',
  fontSize: '22px',
  fontWeight: '700',
  fontStyle: 'italic',
  textTransform: 'uppercase',
  textIndent: '40px',
  whiteSpace: 'nowrap',
}

const PROPERTIES = [
  'text-align',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-transform',
  'text-indent',
  'white-space',
  'width',
  'height',
] as const

const CASES: readonly (readonly [string, ReactNode])[] = [
  ['Thread', <Thread key="thread" messages={makeMessages(0, 4)} />],
  ['Message', <Message key="message" message={makeMessage(1, { text: 'It is **sunny**.' })} />],
  ['Markdown', <Markdown key="markdown">{'# Title\n\nSome *text* and `code`.\n\n- one\n- two'}</Markdown>],
  ['Composer', <Composer key="composer" onSend={() => undefined} />],
  ['ToolUsagePanel', <ToolUsagePanel key="tools" toolCalls={[toolCall()]} />],
  [
    'ErrorBanner',
    <ErrorBanner
      key="banner"
      error={{ code: 'network', message: 'Can’t reach the service', retryable: true }}
    />,
  ],
]

/** The computed text and box styles of an element and everything inside it. */
function computedStyles(root: Element): string[][] {
  return [root, ...root.querySelectorAll('*')].map((element) => {
    const style = getComputedStyle(element)
    return [
      element.tagName,
      element.className.toString(),
      ...PROPERTIES.map((name) => style.getPropertyValue(name)),
    ]
  })
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

/** The styles of `node` in a plain page, then in a page whose body sets every HOST_BODY style. */
async function stylesWithAndWithoutHost(node: ReactNode, themed: boolean) {
  const screen = await render(
    <div style={{ inlineSize: 360, blockSize: 420 }}>
      {themed ? <ChatTheme data-testid="root">{node}</ChatTheme> : <div data-testid="root">{node}</div>}
    </div>,
  )
  const root = screen.container.querySelector('[data-testid="root"]')!
  await nextFrame()
  const plain = computedStyles(root)
  Object.assign(document.body.style, HOST_BODY)
  await nextFrame()
  return { plain, hosted: computedStyles(root) }
}

describe('components on their own, in ChatTheme', () => {
  afterEach(() => {
    document.body.removeAttribute('style')
  })

  it.each(CASES)('%s looks the same in a page that centres and restyles its text', async (_name, node) => {
    const { plain, hosted } = await stylesWithAndWithoutHost(node, true)
    expect(plain.length).toBeGreaterThan(1)
    expect(hosted).toEqual(plain)
  })

  it('without ChatTheme, the host page restyles the same component (the check above can fail)', async () => {
    const { plain, hosted } = await stylesWithAndWithoutHost(CASES[1]![1], false)
    expect(hosted).not.toEqual(plain)
  })

  it('gives the root the kit tokens, the theme and the caller’s attributes', async () => {
    const screen = await render(
      <ChatTheme theme="dark" className="mine" id="chat" aria-label="Support">
        <Markdown>text</Markdown>
      </ChatTheme>,
    )
    const root = screen.container.querySelector('#chat')!
    expect(root.className).toBe('acw-root acw-theme mine')
    expect(root.getAttribute('data-theme')).toBe('dark')
    expect(root.getAttribute('aria-label')).toBe('Support')
    expect(getComputedStyle(root).getPropertyValue('--acw-color-bg').trim()).not.toBe('')
    expect(getComputedStyle(root).textAlign).toBe('start')
    expect(getComputedStyle(root).backgroundColor).not.toBe('rgba(0, 0, 0, 0)')
  })
})
