import type { MockRuntime } from '../../src/testing/types.ts'

/** The base URL tests send requests to (any origin works: the runtime only looks after `/api/v1`). */
export const BASE = 'http://runtime.test/api/v1'

/** What a test reads of a response. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  /** The parsed JSON body (`undefined` when it is not JSON). */
  readonly body: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Sends one request to the runtime's fetch handler. */
export async function call(
  runtime: MockRuntime,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
  }
  const response = await runtime.handle(new Request(`${BASE}${path}`, init))
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

/** Executes a message in a session. */
export function execute(runtime: MockRuntime, sessionId: string, body: unknown): Promise<Answer> {
  return call(runtime, 'POST', `/runtime/${sessionId}/execute/`, body)
}
