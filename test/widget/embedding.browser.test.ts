import { afterEach, describe, expect, it } from 'vitest'
import { createRuntimeClient } from '../../src/client/index.ts'
import { createMockRuntime } from '../../src/testing/index.ts'
import { defineChatWidgetElement, mountChatWidget } from '../../src/widget/index.ts'
import type { ChatWidgetElement } from '../../src/widget/index.ts'

// mountChatWidget and <atthene-chat> in a real browser: shadow root, styles, update and unmount, upgrade, moves.

const client = () =>
  createRuntimeClient({
    baseUrl: 'http://test/api/v1',
    fetch: createMockRuntime({ latencyMs: 5, autoCreateSessions: true }).fetch,
    retry: false,
  })

/** Waits until `check` passes (React renders asynchronously). */
async function until(check: () => boolean, what: string, timeoutMs = 3000) {
  const start = performance.now()
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve))

function host(tag = 'div'): HTMLElement {
  const element = document.createElement(tag)
  element.style.height = '500px'
  document.body.append(element)
  return element
}

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.style.fontSize = ''
})

describe('mountChatWidget', () => {
  it('renders in an open shadow root with the kit stylesheet adopted', async () => {
    const element = host()
    mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
      title: 'Inline',
    })
    const root = element.shadowRoot!
    await until(() => root.querySelector('h2')?.textContent === 'Inline', 'the heading')
    expect(root.querySelectorAll('.acw-host')).toHaveLength(1)
    expect(root.adoptedStyleSheets).toHaveLength(2)
    expect(element.getAttribute('data-acw-theme')).toBe('auto')
    expect(element.querySelector('*')).toBeNull() // nothing in the light DOM
  })

  it("keeps the page's CSS out: inherited properties and the root font size", async () => {
    document.documentElement.style.fontSize = '40px'
    const element = host()
    element.style.color = 'rgb(255, 0, 0)'
    element.style.letterSpacing = '7px'
    mountChatWidget(element, { client: client(), agentKey: 'a', storage: false, launcher: false })
    const root = element.shadowRoot!
    await until(() => !!root.querySelector('.acw-widget'), 'the widget')
    const widget = getComputedStyle(root.querySelector('.acw-widget')!)
    expect(widget.color).not.toBe('rgb(255, 0, 0)')
    expect(widget.letterSpacing).toBe('normal')
    expect(widget.fontSize).toBe('15px') // 0.9375rem of the widget's own 16px, not of the page's 40px
  })

  it('lets --acw-* set on the element win over the kit defaults, in every theme', async () => {
    const element = host()
    element.style.setProperty('--acw-color-bg', 'rgb(1, 2, 3)')
    const handle = mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
    })
    const root = element.shadowRoot!
    await until(() => !!root.querySelector('.acw-widget'), 'the widget')
    const background = () => getComputedStyle(root.querySelector('.acw-widget')!).backgroundColor
    expect(background()).toBe('rgb(1, 2, 3)')
    handle.update({ theme: 'dark' })
    expect(element.getAttribute('data-acw-theme')).toBe('dark')
    expect(background()).toBe('rgb(1, 2, 3)')
    element.style.removeProperty('--acw-color-bg')
    expect(background()).toBe('rgb(21, 24, 30)') // the dark default
    handle.update({ css: '.acw-root { --acw-color-bg: rgb(4, 5, 6) }' })
    expect(background()).toBe('rgb(4, 5, 6)')
  })

  it('updates, unmounts in a microtask, and ignores calls after that', async () => {
    const element = host()
    const handle = mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
    })
    const root = element.shadowRoot!
    handle.update({ title: 'Renamed' })
    await until(() => root.querySelector('h2')?.textContent === 'Renamed', 'the new title')
    handle.unmount()
    handle.unmount()
    expect(element.hasAttribute('data-acw-theme')).toBe(false)
    await microtask()
    expect(root.childNodes).toHaveLength(0)
    expect(root.adoptedStyleSheets).toHaveLength(0)
    expect(() => handle.update({ title: 'late' })).not.toThrow()
  })

  it('replaces the widget when mounted twice on one element', async () => {
    const element = host()
    mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
      title: 'One',
    })
    mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
      title: 'Two',
    })
    const root = element.shadowRoot!
    await until(() => root.querySelector('h2')?.textContent === 'Two', 'the second widget')
    expect(root.querySelectorAll('.acw-host')).toHaveLength(1)
    expect(root.adoptedStyleSheets).toHaveLength(2)
  })

  it('uses a wrapper when the element cannot have a shadow root', async () => {
    const list = document.createElement('ul')
    document.body.append(list)
    const item = document.createElement('li')
    list.append(item)
    const handle = mountChatWidget(item, { client: client(), agentKey: 'a', storage: false, launcher: false })
    const wrapper = item.firstElementChild as HTMLElement
    expect(wrapper.shadowRoot).not.toBeNull()
    await until(() => !!wrapper.shadowRoot!.querySelector('.acw-widget'), 'the widget')
    handle.unmount()
    await microtask()
    expect(item.childNodes).toHaveLength(0)
  })

  it('renders into the element itself with shadow: false', async () => {
    const element = host()
    mountChatWidget(element, {
      client: client(),
      agentKey: 'a',
      storage: false,
      launcher: false,
      shadow: false,
    })
    await until(() => !!element.querySelector('.acw-widget'), 'the widget')
    expect(element.shadowRoot).toBeNull()
    expect(element.querySelectorAll('style').length).toBeGreaterThan(0)
  })
})

describe('<atthene-chat>', () => {
  it('keeps options set before the element was defined', async () => {
    const element = document.createElement('atthene-chat-early') as ChatWidgetElement
    element.setAttribute('launcher', 'false')
    element.setAttribute('agent-key', 'a')
    element.options = { client: client(), storage: false, title: 'Set early' }
    document.body.append(element)
    defineChatWidgetElement('atthene-chat-early')
    await until(() => element.shadowRoot?.querySelector('h2')?.textContent === 'Set early', 'the early title')
    expect(element.options.title).toBe('Set early')
  })

  it('follows attribute changes and forgets options that were removed', async () => {
    defineChatWidgetElement('atthene-chat-attrs')
    const element = document.createElement('atthene-chat-attrs') as ChatWidgetElement
    element.setAttribute('launcher', 'false')
    element.setAttribute('agent-key', 'a')
    element.options = { client: client(), storage: false, labels: { chatTitle: 'From labels' } }
    document.body.append(element)
    const heading = () => element.shadowRoot?.querySelector('h2')?.textContent
    await until(() => heading() === 'From labels', 'the labels title')
    element.setAttribute('chat-title', 'From attribute')
    await until(() => heading() === 'From attribute', 'the attribute title')
    element.removeAttribute('chat-title')
    element.options = { client: element.options.client, storage: false }
    await until(() => heading() === 'Chat', 'the default title')
    element.setAttribute('locale', 'de')
    await until(
      () => element.shadowRoot?.querySelector('textarea')?.getAttribute('aria-label') === 'Nachricht',
      'German',
    )
  })

  it('keeps the widget when the element is moved, and unmounts it when removed', async () => {
    defineChatWidgetElement('atthene-chat-moves')
    const element = document.createElement('atthene-chat-moves') as ChatWidgetElement
    element.setAttribute('launcher', 'false')
    element.setAttribute('agent-key', 'a')
    element.options = { client: client(), storage: false }
    document.body.append(element)
    await until(() => !!element.shadowRoot?.querySelector('.acw-widget'), 'the widget')
    const widget = element.shadowRoot!.querySelector('.acw-widget')
    host().append(element) // a move: disconnected, then connected again
    await microtask()
    await microtask()
    expect(element.shadowRoot!.querySelector('.acw-widget')).toBe(widget)
    element.remove()
    await until(() => element.shadowRoot!.childNodes.length === 0, 'the unmount')
  })

  it('reflects the open state on the open attribute, both ways', async () => {
    defineChatWidgetElement('atthene-chat-open')
    const element = document.createElement('atthene-chat-open') as ChatWidgetElement
    element.setAttribute('agent-key', 'a')
    element.options = { client: client(), storage: false }
    const toggles: boolean[] = []
    element.addEventListener('atthene-chat-toggle', (event) => toggles.push(event.detail.open))
    document.body.append(element)
    const panel = () => element.shadowRoot?.querySelector<HTMLElement>('.acw-launcher-panel')
    await until(() => panel()?.hidden === true, 'a closed panel')
    element.setAttribute('open', '')
    await until(() => panel()?.hidden === false, 'an open panel')
    element.shadowRoot!.querySelector<HTMLButtonElement>('.acw-launcher-button')!.click()
    await until(() => !element.hasAttribute('open'), 'the attribute removed')
    expect(panel()?.hidden).toBe(true)
    expect(toggles).toEqual([false])
  })
})
