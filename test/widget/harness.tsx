import { QueryClient } from '@tanstack/react-query'
import axe from 'axe-core'
import { expect } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import type { StateStorage } from 'zustand/middleware'
import '../../src/styles/styles.css'
import type { RuntimeEvent } from '../../src/client/types.ts'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import type { MockRuntime, MockRuntimeOptions } from '../../src/testing/types.ts'
import { ChatWidget, type ChatWidgetProps } from '../../src/widget/ChatWidget.tsx'

export const BASE_URL = 'http://runtime.test/api/v1'

/** A `StateStorage` in memory, fresh per test (what localStorage would hold). */
export function memoryStorage(): StateStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  }
}

/** What `renderWidget` takes: runtime options, widget props, and client options. */
export interface WidgetSetup {
  readonly runtime?: MockRuntime
  readonly runtimeOptions?: MockRuntimeOptions
  readonly props?: Partial<ChatWidgetProps>
  readonly timeoutMs?: number
  readonly retry?: false
  /** The client's fetch. @default the runtime's */
  readonly fetch?: typeof fetch
  /** Extra client options (e.g. `apiKey`). */
  readonly apiKey?: string
  /** Wrap the widget, e.g. in a `ChatLauncher`. */
  readonly wrap?: (widget: React.ReactElement) => React.ReactElement
}

/**
 * Renders the connected `ChatWidget` against the reference runtime (its `fetch`), with a fresh QueryClient and
 * in-memory storage. The default source is the fixed session `s1`.
 */
export async function renderWidget(setup: WidgetSetup = {}) {
  const runtime =
    setup.runtime ?? createMockRuntime({ latencyMs: 50, autoCreateSessions: true, ...setup.runtimeOptions })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const events: RuntimeEvent[] = []
  const widget = (
    <ChatWidget
      clientOptions={{
        baseUrl: BASE_URL,
        fetch: setup.fetch ?? runtime.fetch,
        ...(setup.apiKey === undefined ? {} : { apiKey: setup.apiKey }),
        ...(setup.timeoutMs === undefined ? {} : { timeoutMs: setup.timeoutMs }),
        ...(setup.retry === false ? { retry: false } : {}),
      }}
      queryClient={queryClient}
      storage={false}
      sessionId="s1"
      locale="en"
      theme="light"
      onEvent={(event) => events.push(event)}
      style={{ blockSize: 640, inlineSize: 420 }}
      {...setup.props}
    />
  )
  const screen = await render(setup.wrap ? setup.wrap(widget) : widget)
  await expect.poll(() => textareaOf(screen.container), { message: 'the composer' }).not.toBeNull()
  const textbox = page.elementLocator(textareaOf(screen.container))
  await expect.element(textbox).toBeEnabled()
  return { runtime, queryClient, screen, textbox, events, container: screen.container }
}

/** The widget's section element. */
export const widgetOf = (container: HTMLElement) => container.querySelector<HTMLElement>('.acw-widget')!

/** The textarea of the composer. */
export const textareaOf = (container: HTMLElement) =>
  container.querySelector<HTMLTextAreaElement>('textarea.acw-composer__input')!

/** Axe violations inside `element` as readable lines (the page-level `region` rule is off for a component). */
export async function axeViolations(element: Element): Promise<string[]> {
  // Open disclosures, so hidden parts (tool arguments, message details) are checked too.
  for (const toggle of element.querySelectorAll<HTMLElement>('[aria-expanded="false"]')) {
    if (!toggle.closest('.acw-launcher')?.matches('[data-state="closed"]')) toggle.click()
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const results = await axe.run(element, { rules: { region: { enabled: false } } })
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(' | ')}`,
  )
}

/** Waits for `predicate` to hold, polling (no fixed sleeps). */
export async function until(predicate: () => boolean, message: string, timeout = 10_000): Promise<void> {
  await expect.poll(predicate, { timeout, message }).toBe(true)
}
