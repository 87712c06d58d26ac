// The standalone embed (`dist/widget.js` and the chat it loads), in real Chromium: what a host page pays before
// anyone opens the chat (bytes fetched, long tasks), and how long opening takes (click → composer usable).
// The files come from a fresh build of vite.widget.config.ts and are served through Playwright routes on the
// bench server's origin, whose reference runtime answers `/rt/send/api/v1`.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { measure, measureStandaloneIn, STANDALONE_CHECKS } from './sizes.mjs'
import { summarize } from './stats.mjs'

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(0)} ms`)
const LONG_TASK_MS = 50
const OPEN_BUDGET_MS = 1_000

const page = (attributes, script = true) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>embed bench</title></head>
<body><h1>A host page</h1><p>${'Some text of the host page. '.repeat(40)}</p>
<atthene-chat base-url="/rt/send/api/v1" session-id="bench-send" ${attributes}></atthene-chat>
${script ? '<script type="module" src="/embed/widget.js"></script>' : ''}</body></html>`

// Long tasks of the page from its start (buffered), and the widget's files it fetched.
const OBSERVE = () => {
  window.benchLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
}

async function openPage(browser, origin, dir, attributes, script = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(OBSERVE)
  const fetched = []
  await context.route(`${origin}/embed/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()
    if (name === 'index.html')
      return route.fulfill({ body: page(attributes, script), contentType: 'text/html; charset=utf-8' })
    try {
      const body = readFileSync(path.join(dir, name))
      fetched.push({ name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length })
      return route.fulfill({ body, contentType: 'text/javascript' })
    } catch {
      return route.fulfill({ status: 404 })
    }
  })
  const tab = await context.newPage()
  await tab.goto(`${origin}/embed/index.html`)
  if (script)
    await tab.waitForFunction(() =>
      document.querySelector('atthene-chat')?.shadowRoot?.querySelector('button'),
    )
  return { context, tab, fetched }
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))

/** Clicks the launcher; resolves with the ms until the panel shows and until the composer is enabled. */
const clickToComposer = (tab) =>
  tab.evaluate(
    () =>
      new Promise((resolve) => {
        const root = document.querySelector('atthene-chat').shadowRoot
        const start = performance.now()
        let toPanel = null
        root.querySelector('button').click()
        const check = () => {
          const panel = root.querySelector('.acw-launcher-panel:not([hidden])')
          if (panel && toPanel === null) toPanel = performance.now() - start
          const composer = root.querySelector('textarea')
          if (composer && !composer.disabled) resolve({ toPanel, toComposer: performance.now() - start })
          else requestAnimationFrame(check)
        }
        check()
      }),
  )

/** What the chat chunk would weigh with React instead of Preact, with every catalog, or without markdown. */
async function options() {
  const chat = { entry: 'src/widget/standaloneChat.ts', external: [] }
  return {
    preact: await measure({ ...chat, preact: true }),
    react: await measure(chat),
    allCatalogs: await measure({ entry: 'src/widget/index.ts', external: [], preact: true }),
    noMarkdown: await measure({ ...chat, preact: true, external: ['markdown-to-jsx'] }),
  }
}

/** Sizes of the built files, the never-opened page, long tasks before opening, and click → composer. */
export async function embed(browser, origin, { runs }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'acw-embed-bench-'))
  try {
    const parts = measureStandaloneIn(dir)
    const files = readdirSync(dir)
    // A page that embeds the widget and never opens it: 3 s after load, hovering nothing.
    const idle = await openPage(browser, origin, dir, '')
    await sleep(3_000)
    const neverOpened = {
      files: idle.fetched.map((file) => file.name),
      gzip: idle.fetched.reduce((total, file) => total + file.gzip, 0),
      longTasks: await idle.tab.evaluate(() => window.benchLongTasks),
    }
    await idle.context.close()
    // The same page without the widget: the long tasks the page and the browser have anyway.
    const control = await openPage(browser, origin, dir, '', false)
    await sleep(3_000)
    const withoutWidget = await control.tab.evaluate(() => window.benchLongTasks)
    await control.context.close()
    // `preload="idle"`: the chat is fetched and evaluated at idle; the page's long tasks meanwhile.
    const preload = await openPage(browser, origin, dir, 'preload="idle"')
    await preload.tab.waitForFunction(() => performance.getEntriesByType('resource').length > 0)
    await sleep(3_000)
    const preloaded = {
      files: preload.fetched.map((file) => file.name),
      longTasks: await preload.tab.evaluate(() => window.benchLongTasks),
    }
    await preload.context.close()

    const cold = []
    const warm = []
    for (let run = 0; run < runs; run += 1) {
      const first = await openPage(browser, origin, dir, '')
      cold.push(await clickToComposer(first.tab))
      await first.context.close()
      const second = await openPage(browser, origin, dir, '')
      await second.tab.hover('atthene-chat >> button')
      await sleep(1_000)
      warm.push(await clickToComposer(second.tab))
      await second.context.close()
    }
    return {
      parts,
      files,
      neverOpened,
      withoutWidget,
      preloaded,
      cold: summarize(cold.map((run) => run.toComposer)),
      coldPanel: summarize(cold.map((run) => run.toPanel)),
      warm: summarize(warm.map((run) => run.toComposer)),
      options: await options(),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Rows for the budget table. */
export function embedBudgetRows({ embed: result }) {
  const rows = STANDALONE_CHECKS.map((check) => ({
    what: `${check.name}, min+gzip (${result.parts[check.part].files.join(', ')})`,
    budget: kB(check.designBudget),
    measured: kB(result.parts[check.part].gzip),
    ok: result.parts[check.part].gzip <= check.designBudget,
  }))
  const longest = Math.max(0, ...result.neverOpened.longTasks)
  rows.push(
    {
      what: 'a page that embeds the widget and never opens it: widget bytes fetched (gzip)',
      budget: kB(6_000),
      measured: `${kB(result.neverOpened.gzip)} (${result.neverOpened.files.join(', ')})`,
      ok: result.neverOpened.gzip <= 6_000,
    },
    {
      what: 'host page before the chat is opened: longest main-thread task',
      budget: `≤ ${LONG_TASK_MS} ms`,
      measured: `${result.neverOpened.longTasks.length} long tasks${longest ? `, longest ${ms(longest)}` : ''}`,
      ok: longest <= LONG_TASK_MS,
    },
    {
      what: 'open → the chat shown, first open, nothing prefetched (median)',
      budget: `≤ ${OPEN_BUDGET_MS} ms`,
      measured: ms(result.coldPanel.median),
      ok: result.coldPanel.median <= OPEN_BUDGET_MS,
    },
    {
      what: 'open → composer usable, first open, nothing prefetched (median)',
      budget: `≤ ${OPEN_BUDGET_MS} ms`,
      measured: ms(result.cold.median),
      ok: result.cold.median <= OPEN_BUDGET_MS,
    },
  )
  return rows
}

/** The section of docs/benchmarks.md on the standalone embed. */
export function embedSection({ embed: result }) {
  const { options: sizes } = result
  const longTasks = (list) =>
    list.length === 0 ? 'none' : `${list.length}: ${list.map((value) => ms(value)).join(', ')}`
  return [
    'A host page with `<atthene-chat>` and `<script type="module" src=".../widget.js">`, the files built fresh by',
    '`vite.widget.config.ts`, served on the bench origin (no network throttling: a fast connection).',
    '',
    '| | |',
    '|---|---|',
    `| built files | ${result.files.join(', ')} |`,
    `| loader \`widget.js\` (min / gzip) | ${kB(result.parts.loader.minified)} / **${kB(result.parts.loader.gzip)}** |`,
    `| chat on open (${result.parts.chat.files.join(' + ')}) | ${kB(result.parts.chat.minified)} / **${kB(result.parts.chat.gzip)}** |`,
    `| a catalog on demand (${result.parts.catalog.files.join(', ')}) | ${kB(result.parts.catalog.minified)} / ${kB(result.parts.catalog.gzip)} |`,
    `| never opened: files fetched, gzip | ${result.neverOpened.files.join(', ')}: **${kB(result.neverOpened.gzip)}** |`,
    `| never opened: long tasks (≥ 50 ms) in the first 3 s | ${longTasks(result.neverOpened.longTasks)} |`,
    `| the same page without the widget (control): long tasks | ${longTasks(result.withoutWidget ?? [])} |`,
    `| \`preload="idle"\`: files fetched / long tasks | ${result.preloaded.files.join(', ')} / ${longTasks(result.preloaded.longTasks)} |`,
    `| **open → the chat shown**, first open (median, min–max) | **${ms(result.coldPanel.median)}** (${ms(result.coldPanel.min)}–${ms(result.coldPanel.max)}) |`,
    `| **open → composer usable**, first open (history read included, 300 ms runtime latency) | **${ms(result.cold.median)}** (${ms(result.cold.min)}–${ms(result.cold.max)}) |`,
    `| open → composer usable after a hover prefetched the chat | ${ms(result.warm.median)} (${ms(result.warm.min)}–${ms(result.warm.max)}) |`,
    '',
    '### The chat chunk: the options, measured (esbuild, from source, min+gzip)',
    '',
    '| chat chunk built with | gzip |',
    '|---|---|',
    `| React 19 (react-dom), as the npm entry | ${kB(sizes.react.gzip)} |`,
    `| **Preact 11 through \`preact/compat\`** (what ships) | **${kB(sizes.preact.gzip)}** |`,
    `| Preact, every catalog in the chunk (en, de, ar) | ${kB(sizes.allCatalogs.gzip)} |`,
    `| Preact, markdown-to-jsx left out (room a markdown renderer has in 70 kB: ${kB(70_000 - sizes.noMarkdown.gzip)}) | ${kB(sizes.noMarkdown.gzip)} |`,
  ].join('\n')
}
