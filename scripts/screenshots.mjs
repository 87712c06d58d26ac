// `npm run screenshots`: the demo (widget + reference runtime) in its main states, captured in Chromium into
// docs/screenshots/. Starts its own dev server on SCREENSHOTS_PORT (default 4390) and stops it at the end.
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from './chromiumOptions.mjs'

const PORT = Number(process.env.SCREENSHOTS_PORT ?? process.env.E2E_PORT ?? 4390)
const BASE = `http://127.0.0.1:${PORT}`
const OUT = new URL('../docs/screenshots/', import.meta.url)

/** Pins the fonts and turns motion off, so a capture depends on the kit's CSS only. */
const FREEZE = `
  .acw-root, .demo, body { --acw-font-family: 'DejaVu Sans', sans-serif; --acw-font-family-mono: 'DejaVu Sans Mono', monospace; font-family: 'DejaVu Sans', sans-serif; }
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`

/** Every state: a name, the viewport, the theme, and what to do in the opened chat. */
const STATES = [
  { name: 'ready', run: async () => {} },
  {
    name: 'tool-call',
    run: async (page) => {
      await send(page, 'calculate (2 + 3) * 4')
      await page.locator('.acw-tools').first().waitFor()
      await idle(page)
    },
  },
  {
    name: 'rate-limited',
    run: async (page) => {
      await send(page, 'Hello /fail 429 30')
      await page.locator('.acw-widget__banner').waitFor()
    },
  },
  {
    name: 'server-error',
    run: async (page) => {
      await send(page, 'Hello /fail 500')
      // The fault fires once: the kit's automatic resend succeeds, so the banner shows while it recovers.
      await page.locator('.acw-widget__banner').waitFor()
    },
  },
  {
    name: 'ended-session',
    // The demo's own agent session (not a fixed one): an ended conversation offers to start a new one.
    path: '/',
    run: async (page) => {
      await send(page, 'Hello /fail 404')
      await page.locator('.acw-widget__banner').waitFor()
    },
  },
  {
    name: 'long-markdown',
    run: async (page) => {
      await send(page, 'Show me a markdown sample')
      await page.locator('article.acw-message[data-role="assistant"] pre').first().waitFor()
      await idle(page)
    },
  },
  {
    name: 'dark',
    theme: 'dark',
    run: async (page) => {
      await send(page, 'calculate 6 * 7')
      await page.locator('.acw-tools').first().waitFor()
      await idle(page)
    },
  },
  {
    name: 'mobile-375',
    viewport: { width: 375, height: 740 },
    run: async (page) => {
      await send(page, 'Hello there')
      await page.locator('article.acw-message[data-role="assistant"]').first().waitFor()
      await idle(page)
    },
  },
]

async function send(page, text) {
  const box = page.getByRole('textbox', { name: 'Message' })
  await box.fill(text)
  await box.press('Enter')
}

async function idle(page) {
  await page
    .locator('.acw-working')
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {})
}

async function waitForServer(url, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the demo dev server did not start at ${url}`)
}

const server = spawn(
  'npx',
  ['vite', '--config', 'demo/vite.config.ts', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
)
try {
  await waitForServer(BASE, 120_000)
  await mkdir(OUT, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  for (const state of STATES) {
    const context = await browser.newContext({
      viewport: state.viewport ?? { width: 1100, height: 760 },
      colorScheme: state.theme === 'dark' ? 'dark' : 'light',
      reducedMotion: 'reduce',
      deviceScaleFactor: 1,
    })
    const page = await context.newPage()
    const session = `shot-${state.name}-${Date.now().toString(36)}`
    await page.goto(`${BASE}${state.path ?? `/?session=${session}`}`)
    await page.addStyleTag({ content: FREEZE })
    await page.getByRole('textbox', { name: 'Message' }).waitFor({ timeout: 60_000 })
    await state.run(page)
    await page.locator('textarea').blur()
    await page.mouse.move(0, 0)
    await page.screenshot({ path: new URL(`${state.name}.png`, OUT).pathname })
    console.log(`docs/screenshots/${state.name}.png`)
    await context.close()
  }
  await browser.close()
} finally {
  process.kill(-server.pid)
}
