import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { buildStandalone, serveStandalone } from './standaloneFiles.ts'

// The plain-HTML example (examples/plain-html) with the standalone widget, served on the dev server's origin
// through page.route, so `base-url="/api/v1"` reaches the reference runtime the dev server already serves.
// The widget is built from the current sources with vite.widget.config.ts (the config of dist/widget.js).

const EXAMPLE_URL = '/examples/plain-html/index.html'
const EXAMPLE = readFileSync('examples/plain-html/index.html', 'utf8')
let widgetFiles = new Map<string, string>()

test.beforeAll(() => {
  widgetFiles = buildStandalone()
})

/** Serves the example page (optionally changed) and the widget script, then opens the page. */
async function openExample(page: Page, edit: (html: string) => string = (html) => html): Promise<Locator> {
  await page.route(`**${EXAMPLE_URL}`, (route) =>
    route.fulfill({ body: edit(EXAMPLE), contentType: 'text/html; charset=utf-8' }),
  )
  await serveStandalone(page, widgetFiles)
  await page.goto(EXAMPLE_URL)
  const chat = page.locator('atthene-chat')
  await expect(chat.getByRole('button', { name: 'Open chat' })).toBeVisible()
  return chat
}

/** Opens the panel and waits for the composer (the session is created from the agent key first). */
async function openPanel(chat: Locator): Promise<Locator> {
  await chat.getByRole('button', { name: 'Open chat' }).click()
  const composer = chat.getByRole('textbox', { name: 'Message' })
  await expect(composer).toBeEditable({ timeout: 20_000 })
  return composer
}

const style = (locator: Locator, property: string) =>
  locator.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property)

const AGGRESSIVE_CSS = `
  * { color: red !important; font-size: 40px !important; letter-spacing: 9px; text-transform: uppercase }
  button { display: none !important }
  textarea { visibility: hidden }
`
const SAME_CLASS_NAMES = `
  <div id="host-widget" class="acw-root acw-widget">host text</div>
  <button id="host-launcher" class="acw-launcher-button" style="display: inline-block !important">host</button>
`

test.describe('the standalone widget in a plain HTML page', () => {
  test('registers <atthene-chat>, sends a message and shows the reply inside the shadow root', async ({
    page,
  }) => {
    const chat = await openExample(page)
    expect(await chat.evaluate((element) => element.shadowRoot?.mode)).toBe('open')
    expect(await page.evaluate(() => typeof customElements.get('atthene-chat'))).toBe('function')

    const composer = await openPanel(chat)
    await expect(chat).toHaveAttribute('open', '')
    await composer.fill('hello from a plain page')
    await composer.press('Enter')

    const reply = chat.locator('article.acw-message[data-role="assistant"]', {
      hasText: 'hello from a plain page',
    })
    await expect(reply).toBeVisible({ timeout: 15_000 })
    await expect(reply.getByRole('heading', { name: 'Hello!' })).toBeVisible()
    // The page's `--acw-color-accent` on the element themes the user's bubble inside the shadow root.
    const bubble = chat.locator('article.acw-message[data-role="user"] .acw-message__bubble').first()
    await expect.poll(() => style(bubble, 'background-color')).toBe('rgb(11, 110, 79)')

    await page.screenshot({ path: 'test-results/embed-plain-html-open.png' })
  })

  test("host-page CSS stays out of the widget, and the widget's CSS out of the page", async ({ page }) => {
    const chat = await openExample(page, (html) =>
      html
        .replace('</head>', `<style>${AGGRESSIVE_CSS}</style></head>`)
        .replace('<body>', `<body>${SAME_CLASS_NAMES}`),
    )
    const launcher = chat.getByRole('button', { name: 'Open chat' })
    await expect(launcher).toBeVisible()
    expect(await style(launcher, 'inline-size')).toBe('56px')

    const composer = await openPanel(chat)
    await expect(composer).toBeVisible()
    const root = chat.locator('section.acw-widget')
    expect(await style(root, 'color')).not.toBe('rgb(255, 0, 0)')
    expect(await style(root, 'font-size')).toBe('15px')
    expect(await style(root, 'letter-spacing')).toBe('normal')
    expect(await style(composer, 'text-transform')).toBe('none')
    expect(await style(chat.locator('.acw-widget__title'), 'font-size')).toBe('16px')
    await expect(chat.getByRole('button', { name: 'Send', exact: true })).toBeVisible()

    // Elements of the page with the kit's class names get none of its rules or tokens.
    const hostWidget = page.locator('#host-widget')
    expect(await style(hostWidget, 'display')).toBe('block')
    expect(await style(hostWidget, 'border-top-width')).toBe('0px')
    expect(await style(hostWidget, '--acw-color-accent')).toBe('')
    expect(await style(hostWidget, 'color')).toBe('rgb(255, 0, 0)')
    const hostLauncher = page.locator('#host-launcher')
    expect(await style(hostLauncher, 'display')).toBe('inline-block')
    expect(await style(hostLauncher, 'border-radius')).toBe('0px')
    await page.screenshot({ path: 'test-results/embed-hostile-css.png' })
  })

  test('dispatches atthene-chat-error when the user is shown an error', async ({ page }) => {
    const chat = await openExample(page)
    await page.evaluate(() => {
      const codes: string[] = []
      ;(window as unknown as { errorCodes: string[] }).errorCodes = codes
      // Listened for on the document: the event bubbles out of the element.
      document.addEventListener('atthene-chat-error', (event) => {
        codes.push((event as CustomEvent<{ code: string }>).detail.code)
      })
    })
    const composer = await openPanel(chat)
    await composer.fill('/fail 404')
    await composer.press('Enter')

    await expect(chat.locator('.acw-widget__banner')).toBeVisible({ timeout: 15_000 })
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { errorCodes: string[] }).errorCodes))
      .toEqual(['session_not_found'])
    await expect(chat.getByRole('button', { name: 'Start new conversation' }).first()).toBeVisible()
  })

  test('attributes drive the widget: theme, position, open, locale', async ({ page }) => {
    const chat = await openExample(page)
    await chat.evaluate((element) => {
      element.setAttribute('theme', 'dark')
      element.setAttribute('position', 'bottom-left')
      element.setAttribute('locale', 'de')
      element.setAttribute('open', '')
    })
    await expect(chat.getByRole('textbox', { name: 'Nachricht' })).toBeEditable({ timeout: 20_000 })
    await expect(chat.locator('.acw-launcher')).toHaveAttribute('data-position', 'bottom-left')
    await expect(chat).toHaveAttribute('data-acw-theme', 'dark')
    // The kit's dark tokens apply, and so do the page's dark values set on the element.
    expect(await style(chat.locator('section.acw-widget'), 'background-color')).toBe('rgb(21, 24, 30)')
    expect(await style(chat.locator('.acw-launcher-button'), 'background-color')).toBe('rgb(111, 211, 165)')
    await page.screenshot({ path: 'test-results/embed-dark-left-de.png' })
    const events: boolean[] = []
    await page.exposeFunction('onToggle', (open: boolean) => events.push(open))
    await chat.evaluate((element) =>
      element.addEventListener('atthene-chat-toggle', (event) => {
        void (window as unknown as { onToggle: (open: boolean) => void }).onToggle(
          (event as CustomEvent<{ open: boolean }>).detail.open,
        )
      }),
    )
    await chat.getByRole('textbox', { name: 'Nachricht' }).press('Escape')
    await expect(chat).not.toHaveAttribute('open')
    await expect.poll(() => events).toEqual([false])
  })

  test('mountChatWidget mounts inline, updates and unmounts', async ({ page }) => {
    await openExample(page)
    await page.evaluate(async () => {
      const url = '/dist/widget.js'
      const { mountChatWidget } = (await import(url)) as typeof import('../src/widget/standalone.ts')
      const element = document.createElement('div')
      element.id = 'inline-chat'
      element.style.height = '480px'
      document.body.append(element)
      const handle = mountChatWidget(element, {
        clientOptions: { baseUrl: '/api/v1' },
        agentKey: 'inline_agent',
        launcher: false,
        title: 'Inline chat',
      })
      ;(window as unknown as { inlineChat: typeof handle }).inlineChat = handle
    })
    const inline = page.locator('#inline-chat')
    await expect(inline.getByRole('heading', { name: 'Inline chat' })).toBeVisible()
    await expect(inline.getByRole('textbox', { name: 'Message' })).toBeEditable({ timeout: 20_000 })
    expect(await style(inline.locator('section.acw-widget'), 'height')).toBe('480px')

    await page.evaluate(() => {
      const handle = (window as unknown as { inlineChat: { update(options: object): void } }).inlineChat
      handle.update({ title: 'Renamed', theme: 'dark' })
    })
    await expect(inline.getByRole('heading', { name: 'Renamed' })).toBeVisible()
    await expect(inline).toHaveAttribute('data-acw-theme', 'dark')

    await page.evaluate(() => (window as unknown as { inlineChat: { unmount(): void } }).inlineChat.unmount())
    await expect(inline.locator('.acw-host')).toHaveCount(0)
    await expect(inline).not.toHaveAttribute('data-acw-theme')
    expect(await inline.evaluate((element) => element.shadowRoot?.adoptedStyleSheets.length)).toBe(0)
  })
})
