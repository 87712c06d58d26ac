import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { startMockRuntimeServer } from '../src/testing/startMockRuntimeServer.ts'
import type { MockRuntimeServer } from '../src/testing/types.ts'
import { XSS_CORPUS } from '../test/fixtures/xss-corpus.ts'
import { unsafeMarkup } from '../test/hostile/traps.ts'
import {
  PIXEL_PNG,
  banner,
  composer,
  contentText,
  fileInput,
  openDemo,
  runtimeControl,
  send,
  sendButton,
  thread,
  uniqueSession,
  userMessage,
  widget,
} from './helpers.ts'
import { UNICODE_SAMPLES } from './fixtures/unicode.ts'

/**
 * Traps for anything hostile content could make the page do: dialogs, popups, navigation, new frames, the
 * `window.__xss` sentinel and CSP violations. Returns what fired.
 */
async function trap(page: Page): Promise<() => Promise<string[]>> {
  const fired: string[] = []
  page.on('dialog', (dialog) => {
    fired.push(`dialog ${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('popup', (popup) => fired.push(`popup ${popup.url()}`))
  page.on('frameattached', (frame) => fired.push(`frame attached ${frame.url()}`))
  let loaded = false
  page.on('framenavigated', (frame) => {
    if (loaded && frame === page.mainFrame()) fired.push(`navigated to ${frame.url()}`)
  })
  await page.addInitScript(() => {
    const hits: string[] = []
    Object.assign(window, { __xssHits: hits })
    Object.defineProperty(window, '__xss', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => void hits.push(`__xss=${String(value)}`),
    })
    document.addEventListener('securitypolicyviolation', (event) =>
      hits.push(`csp ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return async () => {
    loaded = true
    const inPage = await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits)
    return [...fired, ...inPage]
  }
}

/**
 * Scrolls the (virtualized) thread from the bottom up, loading older pages, and checks the markup at each step,
 * all inside the page (one round trip). Returns how many rows were rendered at some point, and the problems.
 */
async function sweepThread(page: Page): Promise<{ rows: number; problems: string[]; userTexts: string[] }> {
  await page.evaluate(`window.__unsafeMarkup = ${unsafeMarkup.toString()}`)
  return thread(page).evaluate(async (viewport) => {
    const check = (window as unknown as { __unsafeMarkup: (root: Element) => string[] }).__unsafeMarkup
    const root = viewport.closest('section')!
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const keys = new Set<string>()
    const problems = new Set<string>()
    const userTexts = new Map<string, string>()
    viewport.scrollTop = viewport.scrollHeight
    for (let step = 0, still = 0; step < 2000 && still < 20; step++) {
      await frame()
      for (const problem of check(root)) problems.add(problem)
      const before = keys.size
      for (const row of viewport.querySelectorAll<HTMLElement>('[data-key]')) {
        keys.add(row.dataset.key!)
        const text = row.querySelector('article[data-role="user"] .acw-message__text')?.textContent
        if (text != null) userTexts.set(row.dataset.key!, text)
      }
      viewport.scrollTop = Math.max(0, viewport.scrollTop - viewport.clientHeight * 0.8)
      // At the top, older pages may still be loading: stop once nothing new shows for a while.
      still = viewport.scrollTop === 0 && keys.size === before ? still + 1 : 0
    }
    return { rows: keys.size, problems: [...problems], userTexts: [...userTexts.values()] }
  })
}

test.describe('hostile input', () => {
  test('the XSS corpus through the agent: replies, tool arguments and results execute nothing', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000)
    const fired = await trap(page)
    const session = uniqueSession('xss')
    const runtime = runtimeControl(request)
    await openDemo(page, { session })
    // "search <payload>": the agent quotes it in markdown, calls web_search with it, and lists results
    // whose titles and snippets contain it, as markdown links.
    // FIXME(BUG-7): the reference runtime's agent throws on a lone surrogate (encodeURIComponent), so that one
    // payload is left out here; the widget test delivers it as a reply, tool call and user text.
    const texts = XSS_CORPUS.filter(({ name }) => name !== 'surrogate halves').map(
      ({ payload }) => `search ${payload} /slow 5`,
    )
    for (const text of texts) await send(page, text)
    await expect
      .poll(async () => (await runtime.executions(session)).filter((r) => r.finishedAt).length, {
        timeout: 60_000,
      })
      .toBe(texts.length)
    await expect(thread(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 })

    const { rows, problems, userTexts } = await sweepThread(page)
    expect(problems).toEqual([])
    expect(await fired()).toEqual([])
    expect(rows).toBe(texts.length * 2)
    // The user's own text is shown exactly as typed: plain text, never markup.
    expect(userTexts.toSorted()).toEqual(texts.toSorted())
    // Typed text reaches the runtime unchanged, once each, in order.
    expect((await runtime.executions(session)).map((record) => contentText(record.content))).toEqual(texts)
    const history = await runtime.history(session)
    expect(JSON.stringify(history.filter((m) => m.role === 'assistant').at(-1)?.tool_calls)).toContain(
      '"name":"web_search"',
    )
  })

  test('uploads: wrong type, too large, too many, empty, long and markup names; the rest of the message is kept', async ({
    page,
    request,
  }) => {
    const fired = await trap(page)
    const session = uniqueSession('uploads')
    await openDemo(page, { session })
    await composer(page).fill('here are my files')
    const png = (name: string) => ({ name, mimeType: 'image/png', buffer: PIXEL_PNG })
    const markupName = '<img src=x onerror=alert(1)>.png'
    const longName = `${'a'.repeat(996)}.png`
    await fileInput(page).setInputFiles([
      { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
      { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      png(longName),
      png(markupName),
      png('one.png'),
    ])
    const rejections = widget(page).locator('.acw-rejection')
    await expect(rejections.filter({ hasText: 'setup.exe' })).toHaveAttribute(
      'data-code',
      'file-invalid-type',
    )
    await expect(rejections.filter({ hasText: 'setup.exe' })).toContainText('is not a supported file type')
    await expect(rejections.filter({ hasText: 'huge.png' })).toHaveAttribute('data-code', 'file-too-large')
    await expect(rejections.filter({ hasText: 'huge.png' })).toContainText('The limit is')
    await expect(rejections.filter({ hasText: 'empty.txt' })).toHaveAttribute('data-code', 'file-empty')
    await expect(rejections.filter({ hasText: 'empty.txt' })).toContainText('is empty')
    // The 1,000-character name: rejected with a reason that shows a shortened name, not the whole of it.
    const long = widget(page).locator(`.acw-rejection[title="${longName}"]`)
    await expect(long).toHaveAttribute('data-code', 'name-too-long')
    expect((await long.textContent())!.length).toBeLessThan(300)
    // The markup name is an accepted image, shown as text.
    const attachments = widget(page).locator('.acw-composer .acw-attachment__name')
    await expect(attachments).toHaveText([markupName, 'one.png'])

    // Too many: five at most per message.
    await fileInput(page).setInputFiles(['two', 'three', 'four', 'five'].map((n) => png(`${n}.png`)))
    await expect(rejections.filter({ hasText: 'five.png' })).toHaveAttribute('data-code', 'too-many-files')
    await expect(rejections.filter({ hasText: 'five.png' })).toContainText('at most 5 files per message')
    await expect(attachments).toHaveCount(5)

    // The rest of the message is kept and goes out with the accepted files.
    await expect(composer(page)).toHaveValue('here are my files')
    expect(await widget(page).evaluate(unsafeMarkup)).toEqual([])
    await expect(sendButton(page)).not.toHaveAttribute('aria-disabled', 'true')
    await composer(page).press('Enter')
    const reply = thread(page)
      .locator('article[data-role="assistant"]')
      .filter({ hasText: 'here are my files' })
    await expect(reply).toContainText('I can see 5 images', { timeout: 10_000 })
    const [record] = await runtimeControl(request).executions(session)
    expect(contentText(record!.content)).toBe('here are my files')
    expect(await widget(page).evaluate(unsafeMarkup)).toEqual([])
    expect(await fired()).toEqual([])
  })

  test('messages: empty and whitespace-only are not sent', async ({ page, request }) => {
    const session = uniqueSession('empty')
    await openDemo(page, { session })
    for (const text of ['', ' ', '   \n\t  ', '\u00a0\u2003']) {
      await composer(page).fill(text)
      await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true')
      await composer(page).press('Enter')
    }
    await send(page, 'a real one')
    await expect(userMessage(page, 'a real one')).toBeVisible()
    await expect.poll(async () => (await runtimeControl(request).executions(session)).length).toBe(1)
    await expect(thread(page).locator('article[data-role="user"]')).toHaveCount(1)
  })

  test('messages: over the length limit, a clear message before sending, and the text is kept', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('long')
    await openDemo(page, { session })
    const text = 'x'.repeat(8001)
    await composer(page).fill(text)
    await expect(widget(page).locator('.acw-composer__status')).toHaveText(
      'This message is too long to send. Shorten it to 8,000 characters.',
    )
    await expect(widget(page).locator('.acw-composer__counter')).toHaveText('1 character over the limit')
    await expect(composer(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true')
    await composer(page).press('Enter')
    await sendButton(page).click({ force: true })
    await expect(composer(page)).toHaveValue(text)
    await composer(page).press('Backspace')
    await expect(composer(page)).not.toHaveAttribute('aria-invalid', 'true')
    await composer(page).press('Enter')
    await expect.poll(async () => (await runtimeControl(request).executions(session)).length).toBe(1)
    expect(contentText((await runtimeControl(request).executions(session))[0]!.content)).toBe(
      'x'.repeat(8000),
    )
  })

  test('every Unicode script, emoji and right-to-left text round-trips unchanged', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('unicode')
    const runtime = runtimeControl(request)
    await openDemo(page, { session })
    const texts = UNICODE_SAMPLES.map(({ text }) => `${text} /slow 5`)
    for (const text of texts) await send(page, text)
    // One typed by key events (IME-free insertText), to cover input beyond `fill`.
    const typed = 'مرحبا بالعالم 👋🏽 שלום עולם 123 ✔︎'
    await composer(page).pressSequentially(typed)
    await composer(page).press('Enter')

    await expect
      .poll(async () => (await runtime.executions(session)).map((record) => contentText(record.content)), {
        timeout: 30_000,
      })
      .toEqual([...texts, typed])
    // And the thread shows exactly what was typed.
    await expect(thread(page)).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 })
    const { userTexts } = await sweepThread(page)
    expect(userTexts.toSorted()).toEqual([...texts, typed].toSorted())
  })
})

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const KEY = `sk-test-${randomBytes(16).toString('hex')}`

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Everything the page received or said: response bodies, console output, request headers and bodies. */
function capture(page: Page) {
  const pending: Promise<void>[] = []
  const seen: string[] = []
  page.on('console', (message) => seen.push(`console: ${message.text()}`))
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message} ${error.stack ?? ''}`))
  page.on('request', (request) => {
    seen.push(`request: ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`)
  })
  page.on('response', (response) => {
    pending.push(
      response
        .text()
        .then(
          (body) =>
            void seen.push(`response ${response.url()}: ${JSON.stringify(response.headers())} ${body}`),
        )
        .catch(() => undefined),
    )
  })
  return async () => {
    await Promise.all(pending)
    return seen
  }
}

test.describe('the API key with the dev server proxy', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 })
  let upstream: MockRuntimeServer
  let vite: ChildProcess
  let origin: string

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    upstream = await startMockRuntimeServer({ apiKeys: [KEY], latencyMs: 50, autoCreateSessions: true })
    const port = await freePort()
    origin = `http://127.0.0.1:${port}`
    // A second demo dev server, in live mode: its runtime plugin becomes a key-holding proxy to `upstream`.
    vite = spawn(
      'npx',
      [
        'vite',
        '--config',
        'demo/vite.config.ts',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--strictPort',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ATTHENE_API_KEY: KEY, ATTHENE_BASE_URL: upstream.baseUrl },
        stdio: 'ignore',
        detached: true,
      },
    )
    await expect
      .poll(
        () =>
          fetch(origin).then(
            (response) => response.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200)
  })

  test.afterAll(async () => {
    // The server and its npx wrapper run in their own process group.
    if (vite?.pid) process.kill(-vite.pid, 'SIGTERM')
    await upstream?.close()
  })

  test('never reaches the page: DOM, console, JavaScript, requests, storage, errors', async ({ page }) => {
    const everything = capture(page)
    await page.goto(origin)
    await expect(page.getByText('Talking to the Atthene API through the dev server')).toBeVisible()
    await expect(composer(page)).toBeEditable({ timeout: 30_000 })

    await send(page, 'hello through the proxy')
    const reply = thread(page).locator('article[data-role="assistant"] blockquote')
    await expect(reply).toHaveText('hello through the proxy', { timeout: 15_000 })
    // The upstream requires the key: the message got there, so the proxy added it.
    expect(upstream.runtime.executions.map((record) => contentText(record.content))).toEqual([
      'hello through the proxy',
    ])

    // An error path too: the content policy error comes back through the proxy to the banner.
    await send(page, 'blocked /fail policy')
    await expect(banner(page)).toHaveAttribute('data-code', 'content_policy')

    const state = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookies: document.cookie,
    }))
    const all = [...(await everything()), state.html, state.local, state.session, state.cookies]
    // The capture saw the page's JavaScript (modules of the demo and the kit) and its API responses.
    expect(all.some((entry) => entry.startsWith('response') && entry.includes('createRuntimeClient'))).toBe(
      true,
    )
    expect(all.some((entry) => entry.includes('content_policy_violation'))).toBe(true)
    const leaks = all.filter((entry) => entry.includes(KEY) || entry.includes(KEY.slice(8)))
    expect(leaks.map((entry) => entry.slice(0, 200))).toEqual([])
  })
})
