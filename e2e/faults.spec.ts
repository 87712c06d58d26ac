import { expect, test, type Page } from '@playwright/test'
import {
  banner,
  composer,
  contentText,
  correlationIdOf,
  expectExecutedOnceInOrder,
  openDemo,
  recordStates,
  rememberedSession,
  replyTo,
  runtimeControl,
  send,
  sendButton,
  thread,
  uniqueSession,
  userMessage,
  widget,
} from './helpers.ts'

/** Counts the execute requests the page makes (what the browser sent, not what the runtime ran). */
function countExecuteRequests(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/runtime\/[^/]+\/execute\/$/.test(request.url())) count += 1
  })
  return () => count
}

/** The states after the first `queued` (a message may or may not be seen queued before it is sent). */
const withoutQueued = (states: readonly string[] | undefined) =>
  states?.[0] === 'queued' ? states.slice(1) : states

/** The user message and the one reply, each exactly once in the server's history. */
async function expectHistoryOnce(runtime: ReturnType<typeof runtimeControl>, session: string, text: string) {
  const history = await runtime.history(session)
  expect(history.filter((m) => m.role === 'user').map((m) => contentText(m.content))).toEqual([text])
  expect(history.filter((m) => m.role === 'assistant')).toHaveLength(1)
}

test.describe('faults: what the user sees, and what the server ran', () => {
  for (const [name, command] of [
    ['seconds', '/fail 429 3'],
    ['an HTTP date', '/fail 429-date 3'],
  ] as const) {
    test(`429 with Retry-After as ${name}: countdown, then one automatic resend`, async ({
      page,
      request,
    }) => {
      const session = uniqueSession('429')
      const runtime = runtimeControl(request)
      await openDemo(page, { session })
      const text = `rate limited (${name}) ${command}`
      await send(page, text)

      await expect(widget(page).locator('.acw-composer__countdown')).toHaveText(/^Send available in [1-4] s$/)
      await expect(banner(page)).toHaveAttribute('data-code', 'rate_limited')
      await composer(page).fill('not yet')
      await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true')

      await expect(replyTo(page, `rate limited (${name})`)).toBeVisible({ timeout: 15_000 })
      await expect(banner(page)).toHaveCount(0)
      await expect(sendButton(page)).not.toHaveAttribute('aria-disabled', 'true')
      const correlationId = await correlationIdOf(page, text)
      const records = await runtime.executions(session)
      expect(records.map((record) => record.correlationId)).toEqual([correlationId])
      await expectHistoryOnce(runtime, session, text)
    })
  }

  test('a burst of 500s, then recovery: reconnecting, one execution, the reply', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('500')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    await openDemo(page, { session })
    await runtime.inject({ kind: 'server_error', status: 500 }, { sessionId: session, times: 2 })
    await send(page, 'through the storm')

    // While the kit backs off and resends on its own, it says so and offers no Retry.
    await expect(banner(page)).toHaveAttribute('data-code', 'server_error')
    await expect(banner(page)).toHaveAttribute('data-state', 'recovering')
    await expect(banner(page)).toContainText('Reconnecting…')
    await expect(banner(page).getByRole('button', { name: 'Retry' })).toHaveCount(0)

    await expect(replyTo(page, 'through the storm')).toBeVisible({ timeout: 20_000 })
    await expect(banner(page)).toHaveCount(0)
    expect(executeRequests()).toBe(3)
    await expectExecutedOnceInOrder(runtime, session, ['through the storm'])
    await expectHistoryOnce(runtime, session, 'through the storm')
  })

  test('503 with Retry-After: the reply arrives, executed once', async ({ page, request }) => {
    const session = uniqueSession('503')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    const seen = await recordStates(page)
    await openDemo(page, { session })
    await send(page, 'unavailable for a moment /fail 503 1')

    await expect(replyTo(page, 'unavailable for a moment')).toBeVisible({ timeout: 15_000 })
    await expect(banner(page)).toHaveCount(0)
    // Nothing ran, so the kit resent on its own, saying so meanwhile; never a failure.
    expect((await seen()).banners.filter((b) => b !== 'none')).toEqual(['server_error:recovering'])
    expect(executeRequests()).toBe(2)
    await expectExecutedOnceInOrder(runtime, session, ['unavailable for a moment /fail 503 1'])
    await expectHistoryOnce(runtime, session, 'unavailable for a moment /fail 503 1')
  })

  test('a hang past the client timeout while the server finishes: settled from history, not resent', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('hang')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    const seen = await recordStates(page)
    await openDemo(page, { session, timeoutMs: 2000 })
    const text = 'slow answer /fail hang 8000'
    await send(page, text)

    // The answer comes from the history, long before the hung response would have arrived.
    await expect(replyTo(page, 'slow answer')).toBeVisible({ timeout: 7000 })
    await expect(banner(page)).toHaveCount(0)
    const key = await correlationIdOf(page, text)
    const { delivery, banners } = await seen()
    // Timed out: delivery unknown (and "Still working…") until the history was read; never failed.
    expect(withoutQueued(delivery[key])).toEqual(['sending', 'unknown', 'confirmed'])
    expect(banners.filter((b) => b !== 'none')).toEqual(['timeout:recovering'])
    expect(executeRequests()).toBe(1)
    await expectExecutedOnceInOrder(runtime, session, [text])
    await expectHistoryOnce(runtime, session, text)
  })

  test('a connection dropped after the body was sent: delivery unknown, settled without a duplicate', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('drop')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    const seen = await recordStates(page)
    // The server receives and runs the execute; the connection breaks before the response reaches the page.
    await page.route(
      '**/runtime/*/execute/',
      async (route) => {
        await route.fetch()
        await route.abort('connectionreset')
      },
      { times: 1 },
    )
    await openDemo(page, { session })
    await send(page, 'lost in transit')

    await expect(replyTo(page, 'lost in transit')).toBeVisible({ timeout: 15_000 })
    const key = await correlationIdOf(page, 'lost in transit')
    expect(withoutQueued((await seen()).delivery[key])).toEqual(['sending', 'unknown', 'confirmed'])
    expect(executeRequests()).toBe(1)
    await expectExecutedOnceInOrder(runtime, session, ['lost in transit'])
    await expectHistoryOnce(runtime, session, 'lost in transit')
  })

  // FIXME(BUG-4): the dev server drops the socket before any response byte; Chromium then resends the POST
  // on its own (a reused keep-alive connection), so the runtime executes the message twice. Not the kit's doing.
  test('the /fail drop chat command: executed once', async ({ page, request }) => {
    const session = uniqueSession('drop-command')
    await openDemo(page, { session })
    await send(page, 'lost again /fail drop')
    await expect(replyTo(page, 'lost again')).toBeVisible({ timeout: 15_000 })
    await expectExecutedOnceInOrder(runtimeControl(request), session, ['lost again /fail drop'])
  })

  test('the browser goes offline and back: the message waits, then goes once', async ({
    page,
    context,
    request,
  }) => {
    const session = uniqueSession('offline')
    const runtime = runtimeControl(request)
    await openDemo(page, { session })
    await context.setOffline(true)
    await expect(widget(page).locator('.acw-status-badge')).toHaveAttribute('data-status', 'offline')
    await send(page, 'written on the train')
    const message = userMessage(page, 'written on the train')
    await expect(message.locator('.acw-delivery[data-status="queued"]')).toBeVisible()
    expect(await runtime.executions(session)).toEqual([])

    await context.setOffline(false)
    await expect(replyTo(page, 'written on the train')).toBeVisible({ timeout: 15_000 })
    await expectExecutedOnceInOrder(runtime, session, ['written on the train'])
    await expectHistoryOnce(runtime, session, 'written on the train')
  })

  test('session not found mid-conversation: the text is kept; a new conversation on request', async ({
    page,
    request,
  }) => {
    const runtime = runtimeControl(request)
    // The agent-key flow (no fixed session), so a new conversation can be started.
    await openDemo(page)
    await send(page, 'first question')
    await expect(replyTo(page, 'first question')).toBeVisible({ timeout: 10_000 })
    const oldSession = await rememberedSession(page)

    await runtime.inject({ kind: 'session_not_found' }, { sessionId: oldSession })
    await send(page, 'are you still there?')
    await expect(banner(page)).toContainText('This conversation has ended')
    const startNew = banner(page).getByRole('button', { name: 'Start new conversation' })
    await expect(startNew).toBeVisible()
    // The message is kept, and so is what the user is typing.
    await expect(userMessage(page, 'are you still there?')).toBeVisible()
    await composer(page).fill('and a draft in progress')
    await startNew.click()

    await expect.poll(() => rememberedSession(page).catch(() => oldSession)).not.toBe(oldSession)
    const newSession = await rememberedSession(page)
    await expect(composer(page)).toHaveValue('and a draft in progress')
    // The unsent message moves to the new conversation and is sent there once.
    await expect(replyTo(page, 'are you still there?')).toBeVisible({ timeout: 15_000 })
    await expect(banner(page)).toHaveCount(0)
    await expectExecutedOnceInOrder(runtime, oldSession, ['first question'])
    await expectExecutedOnceInOrder(runtime, newSession, ['are you still there?'])
    await expect(thread(page).getByText('first question', { exact: true })).toHaveCount(0)
  })

  test('content policy: not retried, one request; Edit puts the text back in the composer', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('policy')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    await openDemo(page, { session })
    await send(page, 'something forbidden /fail policy')

    await expect(banner(page)).toHaveAttribute('data-code', 'content_policy')
    await expect(banner(page)).toContainText('This message can’t be sent')
    const message = userMessage(page, 'something forbidden /fail policy')
    await expect(message.locator('.acw-delivery[data-status="failed"]')).toBeVisible()
    await expect(message.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    // Not retried: a resend would come after a backoff of at most a few seconds; give it that long.
    await page.waitForTimeout(2500)
    expect(executeRequests()).toBe(1)
    expect(await runtime.executions(session)).toEqual([])

    await banner(page).getByRole('button', { name: 'Edit message' }).click()
    await expect(composer(page)).toHaveValue('something forbidden /fail policy')
    await expect(composer(page)).toBeFocused()
    await expect(message).toHaveCount(0)
    await expect(banner(page)).toHaveCount(0)

    await composer(page).fill('something acceptable')
    await composer(page).press('Enter')
    await expect(replyTo(page, 'something acceptable')).toBeVisible({ timeout: 10_000 })
    await expectExecutedOnceInOrder(runtime, session, ['something acceptable'])
  })

  // FIXME(BUG-3): the banner shows the generic text, not the server's reason (`details.reason` is never set).
  test('content policy: the banner shows the reason the server gave', async ({ page, request }) => {
    const session = uniqueSession('policy-reason')
    await openDemo(page, { session })
    await runtimeControl(request).inject(
      { kind: 'content_policy', reason: 'Personal data is not allowed here.' },
      { sessionId: session },
    )
    await send(page, 'my passport number is X1234567')
    await expect(banner(page)).toContainText('Personal data is not allowed here.')
  })

  test('a tool failure: the failing tool is marked on its card, and a banner names it', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('tool')
    const runtime = runtimeControl(request)
    await openDemo(page, { session })
    await send(page, 'search cheap flights /fail tool')

    const reply = replyTo(page, 'search cheap flights')
    await expect(reply).toBeVisible({ timeout: 10_000 })
    const card = reply.locator('.acw-tool-card[data-tool="web_search"]')
    await expect(card).toHaveAttribute('data-status', 'failed')
    await expect(card).toContainText('Failed')
    await expect(card.locator('.acw-tool-card__error')).toHaveText('the external service returned an error')
    await expect(banner(page)).toHaveAttribute('data-code', 'tool_failure')
    await expect(banner(page)).toContainText('A tool failed: web_search')
    await expectExecutedOnceInOrder(runtime, session, ['search cheap flights /fail tool'])
    const history = await runtime.history(session)
    expect(JSON.stringify(history.at(-1)?.tool_calls)).toContain('"status":"failed"')
  })

  test('a malformed JSON body: settled from history, the reply shows, nothing resent', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('json')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    await openDemo(page, { session })
    await send(page, 'broken body /fail json')

    await expect(replyTo(page, 'broken body')).toBeVisible({ timeout: 15_000 })
    await expect(
      userMessage(page, 'broken body /fail json').locator('.acw-delivery[data-status="failed"]'),
    ).toHaveCount(0)
    expect(executeRequests()).toBe(1)
    await expectExecutedOnceInOrder(runtime, session, ['broken body /fail json'])
    await expectHistoryOnce(runtime, session, 'broken body /fail json')
  })

  test('an HTML error page from a proxy: no markup shown, resent once, executed once', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('html')
    const runtime = runtimeControl(request)
    const executeRequests = countExecuteRequests(page)
    const seen = await recordStates(page)
    await openDemo(page, { session })
    await send(page, 'behind a proxy /fail html')

    await expect(replyTo(page, 'behind a proxy')).toBeVisible({ timeout: 20_000 })
    await expect(widget(page)).not.toContainText('<html')
    await expect(widget(page)).not.toContainText('<body')
    expect((await seen()).banners.filter((b) => b !== 'none')).toEqual(['server_error:recovering'])
    expect(executeRequests()).toBe(2)
    await expectExecutedOnceInOrder(runtime, session, ['behind a proxy /fail html'])
    await expectHistoryOnce(runtime, session, 'behind a proxy /fail html')
  })
})
