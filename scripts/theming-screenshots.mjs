// Before/after pictures for docs/theming.md: the ChatTheme story of a built Storybook (storybook-static/, from
// `npm run build-storybook`), shot in Chromium as it ships and with the theming guide's overrides.
// Usage: node scripts/theming-screenshots.mjs [storybook-static]
import { createServer } from 'node:http'
import { mkdir, readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium } from 'playwright'

const ROOT = resolve(import.meta.dirname, '..')
const STATIC = resolve(process.argv[2] ?? join(ROOT, 'storybook-static'))
const OUT = join(ROOT, 'docs/images')
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
]
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

/** The overrides shown in docs/theming.md ("Your colours"). */
const OVERRIDES = `
.acw-root { --acw-color-accent: #0b6e4f; --acw-color-user-bubble: #0b6e4f; --acw-radius: 4px; --acw-radius-large: 6px; }
.acw-root[data-theme='dark'] { --acw-color-accent: #6fd3a5; --acw-color-user-bubble: #1f6f52; }
`

const server = createServer((req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://local').pathname).replace(/^(\.\.[/\\])+/, '')
  const file = join(STATIC, path === '/' ? 'index.html' : path)
  readFile(file).then(
    (body) => {
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
      res.end(body)
    },
    () => {
      res.statusCode = 404
      res.end()
    },
  )
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
})
try {
  await mkdir(OUT, { recursive: true })
  const page = await browser.newPage({ viewport: { width: 420, height: 460 }, deviceScaleFactor: 1 })
  for (const theme of ['light', 'dark']) {
    for (const [name, css] of [
      ['before', ''],
      ['after', OVERRIDES],
    ]) {
      await page.goto(`${origin}/iframe.html?id=components-chattheme--${theme}&viewMode=story`)
      await page.locator('.acw-root').first().waitFor()
      if (css) await page.addStyleTag({ content: css })
      await page.waitForTimeout(200)
      const file = join(OUT, `theming-${theme}-${name}.png`)
      await page.locator('.acw-root').first().screenshot({ path: file })
      console.log(`wrote ${file}`)
    }
  }
} finally {
  await browser.close()
  server.close()
}
