import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/styles/styles.css'
import type { RuntimeClientOptions, RuntimeEvent } from '../../src/client/types.ts'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { ChatWidget } from '../../src/widget/ChatWidget.tsx'
import { defineChatWidgetElement, type ChatWidgetElement } from '../../src/widget/index.ts'
import { BASE_URL, textareaOf, until } from './harness.tsx'

// New client options reach the next request: a refreshed token, another fetch, retry policy or classifier,
// without a new client and without losing the conversation. The widgets are tall enough for the whole thread to
// be rendered (it renders only the rows in view).

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url

/** The runtime's fetch, recording the `authorization` header of each execute request. */
function recording(runtimeFetch: typeof fetch) {
  const tokens: (string | null)[] = []
  const send: typeof fetch = (input, init) => {
    if (urlOf(input).includes('/execute/')) tokens.push(new Headers(init?.headers).get('authorization'))
    return runtimeFetch(input, init)
  }
  return { tokens, send }
}

const userTexts = (root: ParentNode) =>
  [...root.querySelectorAll('.acw-message[data-role="user"] .acw-message__text')].map(
    (node) => node.textContent,
  )

async function sendText(textarea: HTMLTextAreaElement, text: string) {
  await userEvent.click(textarea)
  await userEvent.keyboard(text)
  await userEvent.keyboard('{Enter}')
}

afterEach(() => document.body.replaceChildren())

describe('ChatWidget client options', () => {
  it('sends refreshed headers on the next request and keeps the conversation', async () => {
    const runtime = createMockRuntime({ latencyMs: 20, autoCreateSessions: true })
    const { tokens, send } = recording(runtime.fetch)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ui = (clientOptions: RuntimeClientOptions) => (
      <ChatWidget
        clientOptions={clientOptions}
        queryClient={queryClient}
        storage={false}
        sessionId="s1"
        locale="en"
        style={{ blockSize: 1000, inlineSize: 400 }}
      />
    )
    const screen = await render(
      ui({ baseUrl: BASE_URL, fetch: send, headers: { authorization: 'Bearer one' } }),
    )
    await until(() => textareaOf(screen.container) !== null, 'the composer')
    await sendText(textareaOf(screen.container), 'first')
    await until(() => runtime.executions.length === 1, 'the first execution')

    // A function of headers too: called per request, the latest one wins.
    await screen.rerender(
      ui({ baseUrl: BASE_URL, fetch: send, headers: () => Promise.resolve({ authorization: 'Bearer two' }) }),
    )
    await sendText(textareaOf(screen.container), 'second')
    await until(() => runtime.executions.length === 2, 'the second execution')

    expect(tokens).toEqual(['Bearer one', 'Bearer two'])
    await expect.poll(() => userTexts(screen.container), { timeout: 10_000 }).toEqual(['first', 'second'])
  })

  it('uses a new fetch, retry policy and classifier from the next request on', async () => {
    const runtime = createMockRuntime({ latencyMs: 5, autoCreateSessions: true })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const events: RuntimeEvent[] = []
    const ui = (clientOptions: RuntimeClientOptions) => (
      <ChatWidget
        clientOptions={clientOptions}
        queryClient={queryClient}
        storage={false}
        sessionId="s1"
        locale="en"
        onEvent={(event) => events.push(event)}
        style={{ blockSize: 1000, inlineSize: 400 }}
      />
    )
    const screen = await render(ui({ baseUrl: BASE_URL, fetch: runtime.fetch }))
    await until(() => textareaOf(screen.container) !== null, 'the composer')

    // The new fetch refuses every execute with a 418 the new classifier names a content-policy refusal.
    let refused = 0
    const refusing: typeof fetch = (input, init) => {
      if (!urlOf(input).includes('/execute/')) return runtime.fetch(input, init)
      refused += 1
      return Promise.resolve(new Response('{"detail":"no"}', { status: 418 }))
    }
    await screen.rerender(
      ui({
        baseUrl: BASE_URL,
        fetch: refusing,
        retry: false,
        classifyError: ({ status }) => (status === 418 ? 'content_policy' : undefined),
      }),
    )
    await sendText(textareaOf(screen.container), 'refused')
    await until(() => events.some((event) => event.type === 'error'), 'the error event')
    const error = events.find((event) => event.type === 'error')
    expect(error?.type === 'error' && error.error.code).toBe('content_policy')
    expect(refused).toBe(1)
    expect(runtime.executions).toHaveLength(0)
  })
})

describe('<atthene-chat> options', () => {
  it('sends the headers of a new options object on the next request', async () => {
    const runtime = createMockRuntime({ latencyMs: 20, autoCreateSessions: true })
    const { tokens, send } = recording(runtime.fetch)
    defineChatWidgetElement('atthene-chat-live-options')
    const element = document.createElement('atthene-chat-live-options') as ChatWidgetElement
    element.setAttribute('launcher', 'false')
    element.setAttribute('session-id', 's1')
    element.style.height = '1000px'
    const clientOptions = { baseUrl: BASE_URL, fetch: send, headers: { authorization: 'Bearer one' } }
    element.options = { clientOptions, storage: false, locale: 'en' }
    document.body.append(element)
    const textarea = () => element.shadowRoot?.querySelector('textarea') ?? null
    await until(() => textarea() !== null && !textarea()!.disabled, 'the composer')
    await sendText(textarea()!, 'first')
    await until(() => runtime.executions.length === 1, 'the first execution')

    element.options = {
      ...element.options,
      clientOptions: { ...clientOptions, headers: { authorization: 'Bearer two' } },
    }
    await sendText(textarea()!, 'second')
    await until(() => runtime.executions.length === 2, 'the second execution')
    expect(tokens).toEqual(['Bearer one', 'Bearer two'])
    await expect.poll(() => userTexts(element.shadowRoot!), { timeout: 10_000 }).toEqual(['first', 'second'])
  })
})
