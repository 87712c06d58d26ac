import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { RuntimeErrorInfo } from '../../src/client/types.ts'
import { createRuntimeProxy } from '../../src/proxy/createRuntimeProxy.ts'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import type { MockRuntime } from '../../src/testing/types.ts'
import type { ChatWidgetProps } from '../../src/widget/ChatWidgetProps.ts'
import { renderWidget } from '../widget/harness.tsx'

const KEY = 'sk-test-4f1c9e2b7a6d4c3e8f0a1b2c3d4e5f60'

/**
 * The upstream API: the reference runtime (which requires the key), except for sessions named `echo-*`,
 * where it fails with the key echoed in the body and in a header (a careless upstream or proxy).
 */
function upstreamOf(runtime: MockRuntime): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    if (!new URL(request.url).pathname.includes('/runtime/echo-')) return runtime.fetch(request)
    const key = request.headers.get('x-api-key') ?? 'none'
    const body = { error: { type: 'api_error', message: `Upstream failed for key ${key}.` } }
    const echoHeaders = new URL(request.url).pathname.includes('/runtime/echo-headers')
    return new Response(JSON.stringify(body), {
      status: 500,
      headers: {
        'content-type': 'application/json',
        'x-debug-key': key,
        ...(echoHeaders ? { 'x-request-id': `req-${key}` } : {}),
      },
    })
  }
}

/** Everything the page could leak through: console output, collected while the test runs. */
function spyConsole(): string[] {
  const logged: string[] = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : safeJson(arg))).join(' '),
      )
    })
  }
  return logged
}

function safeJson(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value)
  } catch {
    return String(value)
  }
}

describe('the API key never reaches the page', () => {
  let logged: string[]
  beforeEach(() => {
    logged = spyConsole()
  })
  afterEach(() => vi.restoreAllMocks())

  for (const mode of ['through the proxy', 'given to the client directly (development use)'] as const) {
    /** The widget against the upstream, through the proxy (or with the key in the client), collecting errors. */
    const renderAgainstUpstream = async (props: Partial<ChatWidgetProps>) => {
      const runtime = createMockRuntime({ apiKeys: [KEY], latencyMs: 20, autoCreateSessions: true })
      const upstream = upstreamOf(runtime)
      const proxy = createRuntimeProxy({
        apiKey: KEY,
        upstream: 'http://upstream.test/api/v1',
        basePath: '/api/v1',
        fetch: upstream,
        allowedOrigins: [],
        allowSessionCreation: true,
        // In-process requests carry no cookies, so session binding is off: this test is about the key alone.
        bindSessions: false,
      })
      const viaProxy = mode === 'through the proxy'
      const errors: RuntimeErrorInfo[] = []
      const rendered = await renderWidget({
        runtime,
        fetch: viaProxy ? (input, init) => proxy(new Request(input, init)) : upstream,
        ...(viaProxy ? {} : { apiKey: KEY }),
        retry: false,
        props: { ...props, onError: (error) => errors.push(error) },
      })
      /** Everything the key could leak into. */
      const leaks = () => {
        const everything = [
          document.documentElement.outerHTML,
          JSON.stringify(rendered.events),
          JSON.stringify(errors),
          ...logged,
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
        ].join('\n')
        const at = everything.indexOf(KEY.slice(8))
        return at === -1 ? '' : everything.slice(Math.max(0, at - 300), at + 100)
      }
      return { ...rendered, errors, leaks }
    }

    it(`${mode}: a working conversation leaves no trace of the key`, async () => {
      const { textbox, leaks } = await renderAgainstUpstream({ sessionId: undefined, agentKey: 'support' })
      await userEvent.click(textbox)
      await userEvent.keyboard('hello{Enter}')
      await expect.element(page.getByRole('log').getByRole('blockquote')).toHaveTextContent('hello')
      expect(leaks()).toBe('')
    })

    it(`${mode}: an upstream echoing the key in error bodies leaks nothing into the DOM, events or errors`, async () => {
      const { textbox, events, errors, leaks } = await renderAgainstUpstream({ sessionId: 'echo-body' })
      await userEvent.click(textbox)
      await userEvent.keyboard('are you leaking?{Enter}')
      await expect.element(page.getByRole('alert').first()).toBeVisible()
      await expect.poll(() => events.filter((event) => event.type === 'error').length).toBeGreaterThan(1)
      expect(errors.length).toBeGreaterThan(0)
      // The echo really happened, and was redacted on the way.
      expect(JSON.stringify(events)).toContain('[redacted]')
      expect(leaks()).toBe('')
    })
  }

  // FIXME(BUG-6): the proxy redacts the key from error bodies but forwards `x-request-id` (and the other
  // allowlisted response headers) unredacted, so an echo there reaches `error.requestId` and the banner.
  it('through the proxy: an upstream echoing the key in a response header leaks nothing', async () => {
    const runtime = createMockRuntime({ apiKeys: [KEY], latencyMs: 20, autoCreateSessions: true })
    const proxy = createRuntimeProxy({
      apiKey: KEY,
      upstream: 'http://upstream.test/api/v1',
      basePath: '/api/v1',
      fetch: upstreamOf(runtime),
      allowedOrigins: [],
      bindSessions: false,
    })
    const errors: RuntimeErrorInfo[] = []
    const { events, textbox } = await renderWidget({
      runtime,
      fetch: (input, init) => proxy(new Request(input, init)),
      retry: false,
      props: { sessionId: 'echo-headers', onError: (error) => errors.push(error) },
    })
    await userEvent.click(textbox)
    await userEvent.keyboard('are you leaking?{Enter}')
    await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThan(0)
    const everything = [document.documentElement.outerHTML, JSON.stringify(events), JSON.stringify(errors)]
    expect(everything.join('\n')).not.toContain(KEY)
  })
})
