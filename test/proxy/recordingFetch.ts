import type { RuntimeProxyEvent, RuntimeProxyOptions } from '../../src/proxy/index.ts'
import { createRuntimeProxy } from '../../src/proxy/index.ts'

/** The API key every proxy test uses; distinctive so a leak is easy to find. */
export const API_KEY = 'sk-live-3b9f2c71a0d64e85'

/** The origin of the app that mounts the proxy. */
export const APP = 'https://app.example.com'

/** A fake upstream: records every request it gets and answers with `respond`. */
export function recordingFetch(
  respond: (request: Request) => Response | Promise<Response> = () => Response.json({ ok: true }),
) {
  const requests: Request[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    requests.push(request)
    return respond(request)
  }
  return { fetch, requests }
}

/** A proxy mounted at `/api/atthene` over a recording fake upstream, with its events collected. */
export function setup(
  options: Partial<RuntimeProxyOptions> = {},
  respond?: (request: Request) => Response | Promise<Response>,
) {
  const upstream = recordingFetch(respond)
  const events: RuntimeProxyEvent[] = []
  const handler = createRuntimeProxy({
    apiKey: API_KEY,
    upstream: 'https://upstream.test/api/v1',
    basePath: '/api/atthene',
    allowedOrigins: ['https://widget.example.org'],
    publicOrigin: APP,
    bindSessions: false,
    fetch: upstream.fetch,
    onEvent: (event) => events.push(event),
    ...options,
  })
  /** Sends `path` (under the app's origin) through the proxy. */
  const send = (path: string, init?: RequestInit) => handler(new Request(`${APP}${path}`, init))
  return { handler, send, requests: upstream.requests, events }
}

/** The JSON error a refused request gets. */
export async function errorOf(response: Response): Promise<{ type: string; message: string }> {
  const body = (await response.json()) as { error: { type: string; message: string } }
  return body.error
}
