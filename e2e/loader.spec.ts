import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test, type Page, type Route } from '@playwright/test'
import { buildStandalone, fileNameOf, serveStandalone } from './standaloneFiles.ts'

// The standalone loader (dist/widget.js) in the plain-HTML example: what the page pays before the chat is opened,
// how opening loads the chat, what the launcher says while it loads or when it cannot, and the CSP it needs.
// Served on the dev server's origin, whose reference runtime answers `base-url="/api/v1"`.

const EXAMPLE_URL = '/examples/plain-html/index.html'
const EXAMPLE = readFileSync('examples/plain-html/index.html', 'utf8')
let files = new Map<string, string>()

test.beforeAll(() => {
  files = buildStandalone()
})

/** The gzip bytes of every widget file the page fetched (response bodies, as a gzip server would send them). */
function countWidgetBytes(page: Page): { names: string[]; gzip: () => number } {
  const sizes = new Map<string, number>()
  page.on('response', (response) => {
    if (!response.url().includes('/dist/')) return
    void response
      .body()
      .then((body) => sizes.set(fileNameOf(response.url()), gzipSync(body, { level: 9 }).length))
  })
  return {
    get names() {
      return [...sizes.keys()]
    },
    gzip: () => [...sizes.values()].reduce((total, size) => total + size, 0),
  }
}

async function openExample(
  page: Page,
  {
    csp,
    intercept,
  }: { csp?: string; intercept?: (route: Route, name: string) => Promise<boolean> | boolean } = {},
) {
  await page.route(`**${EXAMPLE_URL}`, (route) =>
    route.fulfill({
      body: EXAMPLE,
      contentType: 'text/html; charset=utf-8',
      headers: csp ? { 'content-security-policy': csp } : {},
    }),
  )
  await serveStandalone(page, files, intercept)
  await page.goto(EXAMPLE_URL)
  const chat = page.locator('atthene-chat')
  await expect(chat.getByRole('button', { name: 'Open chat' })).toBeVisible()
  return chat
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const inline = (tag: 'script' | 'style') =>
  [...EXAMPLE.matchAll(new RegExp(`<${tag}(?: type="module")?>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (match) => match[1]!,
  )

/** The policy docs/embedding.md gives, plus the hashes of the example page's own inline script and style. */
const CSP = [
  "default-src 'none'",
  `script-src 'self' ${inline('script').map(sha256).join(' ')}`,
  "connect-src 'self'",
  `style-src 'self' ${inline('style').map(sha256).join(' ')}`,
  "img-src 'self' data: blob: https:",
].join('; ')

test.describe('the standalone loader', () => {
  test('a page that never opens the chat fetches only the loader, under 6 kB gzip', async ({ page }) => {
    const fetched = countWidgetBytes(page)
    const chat = await openExample(page)
    // Time for anything lazy (idle callbacks, timers) to fetch more; nothing should.
    await page.waitForTimeout(2_500)
    expect(fetched.names).toEqual(['widget.js'])
    expect(fetched.gzip()).toBeGreaterThan(1_000)
    expect(fetched.gzip()).toBeLessThanOrEqual(6_000)
    // The launcher is drawn by the loader alone: no panel, no chat markup yet.
    await expect(chat.locator('.acw-widget')).toHaveCount(0)
  })

  test('hovering the launcher prefetches the chat; opening shows it and moves focus into it', async ({
    page,
  }) => {
    const fetched = countWidgetBytes(page)
    const chat = await openExample(page)
    await chat.getByRole('button', { name: 'Open chat' }).hover()
    await expect.poll(() => fetched.names).toContain('widget-chat.js')
    await expect(chat.locator('.acw-widget')).toHaveCount(0)

    await chat.getByRole('button', { name: 'Open chat' }).click()
    await expect(chat.getByRole('dialog')).toBeVisible()
    await expect(chat).toHaveAttribute('open', '')
    await expect
      .poll(() =>
        chat.evaluate((element) => !!element.shadowRoot?.activeElement?.closest('.acw-launcher-panel')),
      )
      .toBe(true)
    // English is built into the chat: no catalog chunk was fetched.
    await expect(chat.getByRole('textbox', { name: 'Message' })).toBeEditable({ timeout: 20_000 })
    expect(fetched.names.some((name) => /^widget-(de|ar)-/.test(name))).toBe(false)
  })

  test('while the chat loads the launcher says so; when it fails it offers to try again', async ({
    page,
  }) => {
    let attempts = 0
    let release: () => void = () => undefined
    const chat = await openExample(page, {
      intercept: async (route, name) => {
        if (name !== 'widget-chat.js') return false
        attempts += 1
        if (attempts === 1) {
          await route.abort('connectionfailed')
          return true
        }
        await new Promise<void>((resolve) => (release = resolve))
        return false
      },
    })
    await chat.getByRole('button', { name: 'Open chat' }).click()
    await expect(chat.getByRole('alert')).toContainText('The chat could not be loaded.')
    const retry = chat.getByRole('button', { name: 'Try again', exact: true })
    await expect(retry).toBeVisible()
    await expect(chat.getByRole('button', { name: 'The chat could not be loaded. Try again' })).toBeVisible()

    await retry.click()
    await expect(chat.getByRole('status')).toHaveText('Loading the chat…')
    await expect(chat.locator('button[aria-busy]')).toHaveCount(1)
    await expect(chat.getByRole('alert')).toHaveCount(0)
    release()
    await expect(chat.getByRole('textbox', { name: 'Message' })).toBeEditable({ timeout: 20_000 })
    expect(attempts).toBe(2)
  })

  test('a German page loads the German catalog with the chat, and only that one', async ({ page }) => {
    const fetched = countWidgetBytes(page)
    const chat = await openExample(page)
    await chat.evaluate((element) => element.setAttribute('locale', 'de-AT'))
    await expect(chat.getByRole('button', { name: 'Chat öffnen' })).toBeVisible()
    await chat.getByRole('button', { name: 'Chat öffnen' }).click()
    await expect(chat.getByRole('textbox', { name: 'Nachricht' })).toBeEditable({ timeout: 20_000 })
    await expect
      .poll(() => fetched.names.filter((name) => /^widget-(de|ar)-/.test(name)))
      .toEqual([expect.stringMatching(/^widget-de-/)])
  })

  test('works under a strict Content-Security-Policy (no unsafe-inline, no eval)', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`),
        true,
      )
    })
    const chat = await openExample(page, { csp: CSP })
    await chat.getByRole('button', { name: 'Open chat' }).click()
    const composer = chat.getByRole('textbox', { name: 'Message' })
    await expect(composer).toBeEditable({ timeout: 20_000 })
    await composer.fill('hello under a strict CSP')
    await composer.press('Enter')
    const reply = chat.locator('article.acw-message[data-role="assistant"]', {
      hasText: 'hello under a strict CSP',
    })
    await expect(reply).toBeVisible({ timeout: 15_000 })
    // The kit's stylesheet applies (constructed stylesheets need no style-src 'unsafe-inline').
    const background = await chat
      .locator('.acw-launcher-panel .acw-widget')
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
    expect(violations).toEqual([])
  })
})
