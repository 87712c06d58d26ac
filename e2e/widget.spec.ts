import { expect, test } from '@playwright/test'
import {
  PIXEL_PNG,
  banner,
  composer,
  contentText,
  correlationIdOf,
  expectExecutedOnceInOrder,
  fileInput,
  openDemo,
  replyTo,
  runtimeControl,
  send,
  sendButton,
  thread,
  uniqueSession,
  userMessage,
  widget,
} from './helpers.ts'

test.describe('the widget in the demo app', () => {
  test('sends text and shows the reply', async ({ page, request }) => {
    const session = uniqueSession('text')
    await openDemo(page, { session })
    await send(page, 'hello from the e2e test')

    await expect(userMessage(page, 'hello from the e2e test')).toBeVisible()
    await expect(composer(page)).toHaveValue('')
    await expect(composer(page)).toBeFocused()
    const reply = replyTo(page, 'hello from the e2e test')
    await expect(reply).toBeVisible({ timeout: 10_000 })
    await expect(reply.getByRole('heading', { name: 'Hello!' })).toBeVisible()
    await expectExecutedOnceInOrder(runtimeControl(request), session, ['hello from the e2e test'])
  })

  test('sends an image and the reply mentions it', async ({ page, request }) => {
    const session = uniqueSession('image')
    await openDemo(page, { session })
    await fileInput(page).setInputFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: PIXEL_PNG })
    const chip = widget(page).locator('.acw-composer').getByText('pixel.png', { exact: true })
    await expect(chip).toBeVisible()
    await composer(page).fill('what is in this picture?')
    await expect(sendButton(page)).not.toHaveAttribute('aria-disabled', 'true')
    await composer(page).press('Enter')

    const reply = replyTo(page, 'what is in this picture?')
    // The file name stays in the page (image blocks carry no name to the API): the agent sees the type.
    await expect(reply).toContainText('I can see 1 image (image/png).', { timeout: 10_000 })
    await expect(userMessage(page, 'what is in this picture?').locator('img')).toHaveAttribute(
      'src',
      /^(data:image\/png;base64,|blob:)/,
    )
    const [record] = await runtimeControl(request).executions(session)
    expect(contentText(record!.content)).toBe('what is in this picture?')
    expect(JSON.stringify(record!.content)).toContain('data:image/png;base64,')
    await expect(widget(page).locator('.acw-composer').getByText('pixel.png', { exact: true })).toHaveCount(0)
  })

  test('shows a tool panel', async ({ page, request }) => {
    const session = uniqueSession('tool')
    await openDemo(page, { session })
    await send(page, 'calculate 2+2')

    const reply = replyTo(page, 'calculate 2+2')
    await expect(reply).toContainText('2+2 = 4', { timeout: 10_000 })
    const card = reply.locator('.acw-tool-card[data-tool="calculator"]')
    await expect(card).toHaveAttribute('data-status', 'succeeded')
    await expect(card).toContainText('Succeeded')
    await expectExecutedOnceInOrder(runtimeControl(request), session, ['calculate 2+2'])
  })

  test('waits out a 429 with a countdown, then resends once and shows the reply', async ({
    page,
    request,
  }) => {
    const session = uniqueSession('429')
    await openDemo(page, { session })
    await send(page, 'limited /fail 429 3')

    const countdown = widget(page).locator('.acw-composer__countdown')
    await expect(countdown).toHaveText(/^Send available in [1-3] s$/)
    await expect(banner(page)).toContainText('Too many requests.')
    await expect(banner(page).locator('.acw-banner__countdown')).toHaveText(/^Retrying in [1-3] s$/)
    // Send is disabled during the countdown, even with text.
    await composer(page).fill('typed while waiting')
    await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true')
    await composer(page).press('Enter')
    await expect(composer(page)).toHaveValue('typed while waiting')

    await expect(replyTo(page, 'limited')).toBeVisible({ timeout: 15_000 })
    await expect(countdown).toHaveCount(0)
    await expect(banner(page)).toHaveCount(0)
    const correlationId = await correlationIdOf(page, 'limited /fail 429 3')
    const records = await runtimeControl(request).executions(session)
    expect(records.filter((record) => record.correlationId === correlationId)).toHaveLength(1)
    expect(records).toHaveLength(1)
  })

  test('keeps an unsent message across a reload, shown as not sent with Retry', async ({ page, request }) => {
    const session = uniqueSession('reload')
    const runtime = runtimeControl(request)
    await openDemo(page, { session })
    // Every execute of this session fails with a 500 until the burst is used up.
    await runtime.inject({ kind: 'server_error', status: 500 }, { sessionId: session, times: 50 })
    await send(page, 'this one will not go through')
    const message = userMessage(page, 'this one will not go through')
    await expect(message.locator('.acw-delivery[data-status="failed"]')).toBeVisible({ timeout: 30_000 })

    await page.reload()
    await expect(composer(page)).toBeEditable()
    await expect(message).toBeVisible()
    await expect(message.locator('.acw-delivery[data-status="failed"]')).toContainText('Not sent')
    await expect(message.getByRole('button', { name: 'Retry' })).toBeEnabled()
    expect(await runtime.executions(session)).toHaveLength(0)
    await expect(thread(page).locator('article.acw-message')).toHaveCount(1)
  })
})
