import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import type { ExecutionRecord, Fault, FaultTarget } from '../src/testing/types.ts'

/** A session id no other test (or concurrent run on the same dev server) uses. */
export function uniqueSession(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/** Demo URL knobs (demo/DemoApp.tsx): a fixed session, a shorter client timeout. */
export interface DemoParams {
  readonly session?: string
  readonly timeoutMs?: number
}

export function demoUrl({ session, timeoutMs }: DemoParams = {}): string {
  const params = new URLSearchParams()
  if (session !== undefined) params.set('session', session)
  if (timeoutMs !== undefined) params.set('timeoutMs', String(timeoutMs))
  // Relative to the project's baseURL: the demo app, or the standalone page (playwright.config.ts).
  return `?${params.toString()}`
}

/** Opens the demo (the launcher starts open) and waits for the composer to be usable. */
export async function openDemo(page: Page, params: DemoParams = {}): Promise<void> {
  await page.goto(demoUrl(params))
  // Generous: a cold dev server optimizes dependencies on the first load (and may reload the page once).
  await expect(composer(page)).toBeEditable({ timeout: 45_000 })
}

export const widget = (page: Page): Locator => page.locator('section.acw-widget')
export const composer = (page: Page): Locator => page.getByRole('textbox', { name: 'Message' })
export const sendButton = (page: Page): Locator => page.getByRole('button', { name: 'Send', exact: true })
export const thread = (page: Page): Locator => page.getByRole('log', { name: 'Conversation' })
export const banner = (page: Page): Locator => page.locator('.acw-widget__banner')
export const fileInput = (page: Page): Locator => widget(page).locator('input[type="file"]')

/** The thread row of the user's message with exactly this text. */
export const userMessage = (page: Page, text: string): Locator =>
  thread(page)
    .locator('article.acw-message[data-role="user"]')
    .filter({ has: userText(page, text) })

/** The text element of a user's message with exactly this text (relative: use inside `has`). */
const userText = (page: Page, text: string): Locator =>
  page.locator('.acw-message__text', { hasText: new RegExp(`^${escape(text)}$`) })

/** The assistant's reply to `text`: the scripted agent quotes the user's first 80 characters. */
export const replyTo = (page: Page, text: string): Locator =>
  thread(page)
    .locator('article.acw-message[data-role="assistant"]')
    .filter({ has: page.locator('blockquote', { hasText: text.slice(0, 80) }) })

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Types `text` into the composer and presses Enter. */
export async function send(page: Page, text: string): Promise<void> {
  await composer(page).fill(text)
  await composer(page).press('Enter')
}

/** The correlation id of a message the user sent (its React key, on its thread row). */
export async function correlationIdOf(page: Page, text: string): Promise<string> {
  const row = thread(page)
    .locator('.acw-thread__row')
    .filter({ has: page.locator('article[data-role="user"]').filter({ has: userText(page, text) }) })
  const key = await row.getAttribute('data-key')
  expect(key, `thread row of "${text}"`).toMatch(/^[0-9a-f-]{36}$/)
  return key!
}

/** The session the widget talks to, as the store remembers it (agent-key flow) or from the URL. */
export async function rememberedSession(page: Page): Promise<string> {
  const sessions = await page.evaluate(() => {
    const raw = localStorage.getItem('atthene-chat-kit:/api/v1')
    return raw ? (JSON.parse(raw) as { state: { sessions: Record<string, string> } }).state.sessions : {}
  })
  const ids = Object.values(sessions)
  expect(ids, 'one remembered session').toHaveLength(1)
  return ids[0]!
}

/** The dev server's control endpoints for the reference runtime (demo/runtimePlugin.ts). */
export function runtimeControl(request: APIRequestContext) {
  return {
    async inject(fault: Fault, target: FaultTarget): Promise<void> {
      const response = await request.post('/__runtime/inject', { data: { fault, target } })
      expect(response.ok()).toBe(true)
    },
    async executions(sessionId?: string): Promise<ExecutionRecord[]> {
      const all = (await (await request.get('/__runtime/executions')).json()) as ExecutionRecord[]
      return sessionId === undefined ? all : all.filter((record) => record.sessionId === sessionId)
    },
    async history(sessionId: string): Promise<{ role: string; content: unknown; tool_calls?: unknown[] }[]> {
      const response = await request.get(`/__runtime/history?session=${encodeURIComponent(sessionId)}`)
      return (await response.json()) as { role: string; content: unknown; tool_calls?: unknown[] }[]
    },
  }
}

export type RuntimeControl = ReturnType<typeof runtimeControl>

/** The text of a recorded message content (a string, or its text blocks joined). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content
    .map((block: { type?: string; text?: string }) => (block.type === 'text' ? (block.text ?? '') : ''))
    .join('')
}

/** Asserts that each text was executed exactly once in the session, in this order, and nothing else ran. */
export async function expectExecutedOnceInOrder(
  runtime: RuntimeControl,
  sessionId: string,
  texts: readonly string[],
  timeout = 20_000,
): Promise<void> {
  await expect
    .poll(async () => (await runtime.executions(sessionId)).map((record) => contentText(record.content)), {
      timeout,
      message: `executions of ${sessionId}`,
    })
    .toEqual(texts)
  const records = await runtime.executions(sessionId)
  const ids = records.map((record) => record.correlationId)
  expect(new Set(ids).size, 'one execution per correlation id').toBe(ids.length)
}

/** A 1×1 PNG. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** What the page showed over time, recorded by `recordStates`. */
export interface SeenStates {
  /** Per message key (correlation id or server id): the delivery states shown, in order, without repeats. */
  readonly delivery: Record<string, string[]>
  /** Banners shown, as `code:state`, in order, without repeats. */
  readonly banners: string[]
}

/**
 * Records every delivery state and banner the widget shows (MutationObservers, installed before the page loads),
 * so a test can assert on states too short-lived to catch by polling. A confirmed message shows no delivery state:
 * it is recorded as `confirmed`.
 */
export async function recordStates(page: Page): Promise<() => Promise<SeenStates>> {
  await page.addInitScript(() => {
    const seen = { delivery: {} as Record<string, string[]>, banners: [] as string[] }
    ;(window as unknown as { __seen: typeof seen }).__seen = seen
    const push = (list: string[], value: string) => {
      if (list.at(-1) !== value) list.push(value)
    }
    // The demo renders in the page; the standalone loader (demo/standalone.html) attaches <atthene-chat>'s shadow
    // root before DOMContentLoaded and mounts the chat in it later. Changes inside a shadow root never reach an
    // observer of the document, and attaching one is no mutation: so every root is observed as it is attached.
    const roots: ParentNode[] = [document]
    const snapshot = () => {
      for (const root of roots) {
        for (const row of root.querySelectorAll<HTMLElement>('.acw-thread__row[data-key]')) {
          if (!row.querySelector('article[data-role="user"]')) continue
          const status = row.querySelector<HTMLElement>('.acw-delivery')?.dataset.status ?? 'confirmed'
          push((seen.delivery[row.dataset.key!] ??= []), status)
        }
      }
      const banner = roots
        .map((root) => root.querySelector<HTMLElement>('.acw-widget__banner'))
        .find((element) => element !== null)
      push(seen.banners, banner ? `${banner.dataset.code}:${banner.dataset.state}` : 'none')
    }
    const observe = (root: Document | ShadowRoot) => {
      new MutationObserver(snapshot).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-status', 'data-state', 'data-code', 'data-key'],
      })
    }
    observe(document)
    const attachShadow = Element.prototype.attachShadow
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init)
      roots.push(root)
      observe(root)
      return root
    }
  })
  return () => page.evaluate(() => (window as unknown as { __seen: SeenStates }).__seen)
}
