import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  banner,
  contentText,
  openDemo,
  replyTo,
  runtimeControl,
  send,
  uniqueSession,
  userMessage,
  type RuntimeControl,
} from './helpers.ts'

// Tabs of one browser context share localStorage, so they share each session's outbox: exactly one of them
// sends it. Each test counts the runtime's executions per correlation id.

/** The executions of a session, as `text` per correlation id. */
async function executionsOf(runtime: RuntimeControl, session: string) {
  return (await runtime.executions(session)).map((record) => ({
    id: record.correlationId,
    text: contentText(record.content),
  }))
}

/** Waits until exactly these texts ran, each once, then a few seconds more to catch a late second send. */
async function expectExecutedOnce(runtime: RuntimeControl, session: string, texts: readonly string[]) {
  const executedTexts = async () => (await executionsOf(runtime, session)).map((record) => record.text)
  await expect.poll(executedTexts, { timeout: 20_000 }).toEqual(texts)
  await new Promise((resolve) => setTimeout(resolve, 4_000))
  const records = await executionsOf(runtime, session)
  expect(records.map((record) => record.text)).toEqual(texts)
  expect(new Set(records.map((record) => record.id)).size, 'one execution per correlation id').toBe(
    texts.length,
  )
}

/**
 * Takes one page off the network: its requests to the runtime fail and it is told it is offline (Playwright's
 * `setOffline` would take every page of the context, and the other tab must stay online).
 */
async function setPageOffline(page: Page, offline: boolean) {
  if (offline) await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'))
  else await page.unrouteAll()
  await page.evaluate((type) => window.dispatchEvent(new Event(type)), offline ? 'offline' : 'online')
}

test.describe('two tabs, one outbox', () => {
  test.describe.configure({ timeout: 90_000 })

  test('a rate-limited message is sent once when a second tab opens the session meanwhile', async ({
    context,
    request,
  }) => {
    const runtime = runtimeControl(request)
    const session = uniqueSession('tabs-429')
    const [first, second] = [await context.newPage(), await context.newPage()]
    await openDemo(first, { session })
    await send(first, 'limited /fail 429 3')
    await expect(banner(first)).toHaveAttribute('data-code', 'rate_limited')
    await openDemo(second, { session })
    await expect(userMessage(second, 'limited /fail 429 3')).toBeVisible()

    await expectExecutedOnce(runtime, session, ['limited /fail 429 3'])
    await expect(replyTo(first, 'limited')).toBeVisible()
    await expect(replyTo(second, 'limited')).toBeVisible({ timeout: 15_000 })
  })

  test('a message written offline is sent once when its tab is back online, with a second tab open', async ({
    context,
    request,
  }) => {
    const runtime = runtimeControl(request)
    const session = uniqueSession('tabs-offline')
    const [first, second] = [await context.newPage(), await context.newPage()]
    await openDemo(first, { session })
    await setPageOffline(first, true)
    await send(first, 'written offline')
    await expect(userMessage(first, 'written offline').locator('.acw-delivery')).toHaveAttribute(
      'data-status',
      'queued',
    )
    await openDemo(second, { session })
    await expect(userMessage(second, 'written offline')).toBeVisible()
    // Back online: every tab of the browser hears it. The first tab's history reads are slow, so it cannot
    // learn from the history that another tab sent the message.
    await setPageOffline(first, false)
    await first.route('**/api/v1/runtime/*/messages/**', async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 6_000))
      await route.fallback()
    })
    await second.evaluate(() => window.dispatchEvent(new Event('online')))

    await expectExecutedOnce(runtime, session, ['written offline'])
    await expect(replyTo(first, 'written offline')).toBeVisible()
    await expect(replyTo(second, 'written offline')).toBeVisible({ timeout: 15_000 })
  })

  test('a message written in the second tab is sent once; when the first tab closes, the second sends', async ({
    context,
    request,
  }) => {
    const runtime = runtimeControl(request)
    const session = uniqueSession('tabs-takeover')
    const [first, second] = [await context.newPage(), await context.newPage()]
    await openDemo(first, { session })
    await openDemo(second, { session })
    await send(second, 'from the second tab')
    await expect(replyTo(second, 'from the second tab')).toBeVisible({ timeout: 15_000 })
    await expect(replyTo(first, 'from the second tab')).toBeVisible()

    await send(first, 'left behind /fail 429 3')
    await expect(banner(first)).toHaveAttribute('data-code', 'rate_limited')
    await expect(userMessage(second, 'left behind /fail 429 3')).toBeVisible()
    await first.close()

    await expectExecutedOnce(runtime, session, ['from the second tab', 'left behind /fail 429 3'])
    await expect(replyTo(second, 'left behind')).toBeVisible()
  })

  test('two widgets on one page sharing storage send a message once', async ({ page, request }) => {
    const runtime = runtimeControl(request)
    const session = uniqueSession('tabs-widgets')
    await openDemo(page, { session })
    await send(page, 'two widgets /fail 429 3')
    await expect(banner(page)).toHaveAttribute('data-code', 'rate_limited')
    const other = await mountSecondWidget(page, session)
    await expect(
      other.locator('article.acw-message[data-role="user"]', { hasText: 'two widgets /fail 429 3' }),
    ).toBeVisible()

    await expectExecutedOnce(runtime, session, ['two widgets /fail 429 3'])
    await expect(
      other.locator('article.acw-message[data-role="assistant"] blockquote', { hasText: 'two widgets' }),
    ).toBeVisible({ timeout: 15_000 })
  })
})

/** Mounts a second widget (its own React root and store, same base URL) on the demo page. */
async function mountSecondWidget(page: Page, session: string): Promise<Locator> {
  const module = `/@fs${process.cwd()}/src/widget/mountChatWidget.tsx`
  await page.evaluate(
    async ({ module, session }) => {
      const { mountChatWidget } = (await import(module)) as typeof import('../src/widget/mountChatWidget.tsx')
      const element = document.createElement('div')
      element.id = 'second-widget'
      document.body.prepend(element)
      mountChatWidget(element, { clientOptions: { baseUrl: '/api/v1' }, sessionId: session, launcher: false })
    },
    { module, session },
  )
  const other = page.locator('#second-widget')
  await expect(other.getByRole('textbox', { name: 'Message' })).toBeEditable({ timeout: 20_000 })
  return other
}
