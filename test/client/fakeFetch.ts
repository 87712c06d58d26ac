import type { RuntimeEvent } from '../../src/client/index.ts'

/** What a fake server answers: a Response, a thrown error, or a function of the request. */
export type FakeAnswer = Response | Error | ((request: Request) => Response | Promise<Response>)

/** A recorded request, with its body read as text. */
export interface RecordedRequest {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: string
  readonly formData?: FormData
}

/** JSON response helper. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** A `fetch` that answers from a list (the last answer repeats) and records every request. */
export function fakeFetch(...answers: FakeAnswer[]) {
  const requests: RecordedRequest[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const isForm = init?.body instanceof FormData
    requests.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: isForm ? '' : await request.clone().text(),
      ...(isForm ? { formData: init.body as FormData } : {}),
    })
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!
    if (answer instanceof Error) throw answer
    if (typeof answer === 'function') return answer(request)
    return answer.clone()
  }
  return { fetch, requests }
}

/** Collects onEvent events. */
export function eventLog() {
  const events: RuntimeEvent[] = []
  return { events, onEvent: (event: RuntimeEvent) => void events.push(event) }
}

/** An injected sleep that records delays and resolves at once. */
export function fakeSleep() {
  const delays: number[] = []
  return { delays, sleep: (ms: number) => (delays.push(ms), Promise.resolve()) }
}

/** The execute result the tutorial shape (B) sends. */
export const tutorialResult = (text = 'Hello', correlationId: string | null = null) => ({
  id: 's1',
  object: 'agent.session',
  status: 'completed',
  created_at: 1704067200,
  messages: [{ id: 'm1', role: 'assistant', content: text, created_at: 1704067201 }],
  metadata: {
    correlation_id: correlationId,
    execution_id: 'e1',
    usage: { input_tokens: 1, output_tokens: 2 },
  },
})
