// The connected-widget scenarios on bench/pages/widget.html: Enter to paint, and the requests of an open widget.
import { summarize } from './stats.mjs'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const PENDING_SELECTOR =
  '.acw-message[data-role="user"][data-state="queued"], .acw-message[data-role="user"][data-state="sending"]'

/** `sends` sends (after 2 warm-ups) against the `send` runtime; Enter → bubble in the DOM → painted. */
export async function enterToPaint(browser, origin, { sends }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${origin}/widget.html?base=/rt/send/api/v1&session=bench-send`)
  await page.waitForSelector('.acw-message')
  const textarea = page.locator('textarea').first()
  const samples = []
  const WARMUP = 2
  for (let index = 0; index < sends + WARMUP; index += 1) {
    const token = `probe-${index}-${Math.random().toString(36).slice(2, 8)}`
    await textarea.fill(`How long does a send take? (${token})`)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
    await page.evaluate((value) => window.benchWidget.arm(value), token)
    await page.keyboard.press('Enter')
    const timing = await page.evaluate(() => window.benchWidget.result())
    if (index >= WARMUP) samples.push(timing)
    // The reply (300 ms) and the history read that confirms the message, before the next send.
    await page.waitForFunction(
      (selector) => !document.querySelector(selector) && !document.querySelector('.acw-thread__footer > *'),
      PENDING_SELECTOR,
      { timeout: 15_000 },
    )
    await sleep(150)
  }
  const messages = await page.locator('.acw-message').count()
  await context.close()
  return {
    sends: samples.length,
    toInserted: summarize(samples.map((sample) => sample.toInserted)),
    toPaint: summarize(samples.map((sample) => sample.toPaint)),
    firstFrame: samples.filter((sample) => sample.firstFrame).length,
    slowEventTimings: samples.filter((sample) => sample.eventTiming !== null).length,
    renderedMessages: messages,
  }
}

// ---------------------------------------------------------------------------------------------- polling

// The tab is hidden from the page's point of view: headless Chromium keeps every page `visible` (a background
// tab or a minimized window included), so `document.visibilityState` / `hidden` are overridden and
// `visibilitychange` is dispatched, which is what React Query's focus manager listens to.
const VISIBILITY_OVERRIDE = () => {
  let hidden = false
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  })
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden })
  window.benchSetHidden = (value) => {
    hidden = value
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event(value ? 'blur' : 'focus'))
  }
}

const endpointOf = (url) => {
  const { pathname } = new URL(url)
  if (!pathname.startsWith('/rt/')) return null
  if (/\/status\/?$/.test(pathname)) return 'status'
  if (/\/messages\/?$/.test(pathname)) return 'history'
  if (/\/execute\/?$/.test(pathname)) return 'execute'
  return 'other'
}

async function pollScenario(browser, origin, name, { windowMs, settleMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  if (name === 'hidden') await context.addInitScript(VISIBILITY_OVERRIDE)
  const page = await context.newPage()
  const requests = []
  page.on('request', (request) => {
    const endpoint = endpointOf(request.url())
    if (endpoint) requests.push({ at: Date.now(), endpoint })
  })
  await page.goto(
    `${origin}/widget.html?base=/rt/${name}/api/v1&session=bench-${name}&timeout=${name === 'working' ? 300_000 : 60_000}`,
  )
  await page.waitForSelector('.acw-message')
  if (name === 'working') {
    await page.locator('textarea').first().fill('Please run the long report.')
    await page.keyboard.press('Enter')
  }
  await sleep(settleMs)
  if (name === 'hidden') await page.evaluate(() => window.benchSetHidden(true))
  const visibilityAtStart = await page.evaluate(() => [document.visibilityState, document.hidden])
  const serverBefore = await (await fetch(`${origin}/__bench/counts/${name}`)).json()
  const windowStart = Date.now()
  await sleep(windowMs)
  const windowEnd = Date.now()
  const serverAfter = await (await fetch(`${origin}/__bench/counts/${name}`)).json()
  const visibilityAtEnd = await page.evaluate(() => [document.visibilityState, document.hidden])
  const working = await page.evaluate(() => Boolean(document.querySelector('.acw-thread__footer > *')))
  await context.close()
  const inWindow = requests.filter((request) => request.at >= windowStart && request.at < windowEnd)
  const count = (list, endpoint) => list.filter((request) => request.endpoint === endpoint).length
  const windowSeconds = (windowEnd - windowStart) / 1000
  const perMinute = (value) => (value * 60) / windowSeconds
  return {
    name,
    windowSeconds,
    beforeWindow: {
      status: count(requests, 'status') - count(inWindow, 'status'),
      history: count(requests, 'history') - count(inWindow, 'history'),
    },
    status: count(inWindow, 'status'),
    history: count(inWindow, 'history'),
    execute: count(inWindow, 'execute'),
    statusPerMinute: perMinute(count(inWindow, 'status')),
    historyPerMinute: perMinute(count(inWindow, 'history')),
    server: {
      status: serverAfter.status - serverBefore.status,
      history: serverAfter.messages - serverBefore.messages,
    },
    visibilityAtStart,
    visibilityAtEnd,
    workingAtEnd: working,
  }
}

/** The idle, working and hidden scenarios, in parallel contexts over the same real window. */
export async function polling(browser, origin, config) {
  // The three scenarios share the window: parallel contexts, one runtime each.
  const results = await Promise.all(
    ['idle', 'working', 'hidden'].map((name) => pollScenario(browser, origin, name, config)),
  )
  return Object.fromEntries(results.map((result) => [result.name, result]))
}
