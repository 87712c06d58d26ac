import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../chromium.ts'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
}

/** What the page showed after one message was sent. */
export interface Conversation {
  readonly user: string
  readonly replyHeading: string
  readonly pageErrors: readonly string[]
  /** Messages of the Thread rendered on its own, in ChatTheme. */
  readonly standaloneMessages: number
}

/**
 * Serves a built app on 127.0.0.1 (a free port), opens it in Chromium, sends one message through the widget,
 * and waits for the reference runtime's reply.
 */
export async function renderConversation(dist: string, text: string): Promise<Conversation> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://local').pathname).replace(/^(\.\.[/\\])+/, '')
    const file = join(dist, path === '/' ? 'index.html' : path)
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const composer = page.getByRole('textbox', { name: 'Message' })
    await composer.fill(text)
    await composer.press('Enter')
    const thread = page.locator('section.acw-widget').getByRole('log')
    const user = await thread.locator('article.acw-message[data-role="user"]').first().innerText()
    const reply = thread
      .locator('article.acw-message[data-role="assistant"]')
      .filter({ has: page.locator('blockquote', { hasText: text }) })
    const replyHeading = await reply.getByRole('heading').first().innerText({ timeout: 20_000 })
    const standaloneMessages = await page.locator('.acw-theme article.acw-message').count()
    return { user, replyHeading, pageErrors, standaloneMessages }
  } finally {
    await browser.close()
    server.close()
  }
}
