import { describe, expect, it, vi } from 'vitest'
import { createRuntimeClient, isRuntimeError, type RuntimeError } from '../../src/client/index.ts'
import { eventLog, fakeFetch, fakeSleep, json, tutorialResult } from './fakeFetch.ts'

const rejection = async (promise: Promise<unknown>): Promise<RuntimeError> => {
  try {
    await promise
  } catch (error) {
    if (isRuntimeError(error)) return error
    throw error
  }
  throw new Error('expected a rejection')
}

describe('createRuntimeClient: requests', () => {
  it('uses the documented base URL by default, always with trailing slashes', async () => {
    const { fetch, requests } = fakeFetch(json({ status: 'active' }))
    const client = createRuntimeClient({ fetch })
    expect(client.baseUrl).toBe('https://api-be.atthene.com/api/v1')
    await client.getStatus('s1')
    expect(requests[0]!.url).toBe('https://api-be.atthene.com/api/v1/runtime/s1/status/')
  })

  it('tolerates a trailing slash in baseUrl and URL-encodes session ids', async () => {
    const { fetch, requests } = fakeFetch(json({ status: 'active' }))
    const client = createRuntimeClient({ baseUrl: 'http://x.test/api/v1//', fetch })
    await client.getStatus('a/b c?')
    expect(requests[0]!.url).toBe('http://x.test/api/v1/runtime/a%2Fb%20c%3F/status/')
  })

  it('builds every endpoint: method, path, query and JSON body', async () => {
    const session = json({ success: true, session_id: 's9', config_hash: 'h' })
    const { fetch, requests } = fakeFetch(
      json(tutorialResult()),
      json({ messages: [], total: 0, has_more: false }),
      json({ session_id: 's1', status: 'active' }),
      session,
      session,
      session,
      json({ session_id: 's9', status: 'active' }),
    )
    const client = createRuntimeClient({ baseUrl: 'http://x.test/api/v1', fetch })
    await client.executeMessage('s1', { content: 'Hi', correlationId: 'c1', inputs: { n: 1 } })
    await client.getMessages('s1', { limit: 20, offset: 40 })
    await client.getStatus('s1')
    await client.createSession({ name: 'bot' })
    await client.createSessionFromAgent({ agentKey: 'customer support' })
    await client.createSessionFromAgent({ agentId: 'uuid-1' })
    await client.getSession('s9')
    expect(requests.map((r) => `${r.method} ${r.url.replace('http://x.test/api/v1', '')}`)).toEqual([
      'POST /runtime/s1/execute/',
      'GET /runtime/s1/messages/?limit=20&offset=40',
      'GET /runtime/s1/status/',
      'POST /sessions/',
      'GET /sessions/from-agent/?agent_key=customer%20support',
      'POST /sessions/from-agent/uuid-1/',
      'GET /sessions/s9/',
    ])
    expect(JSON.parse(requests[0]!.body)).toEqual({ content: 'Hi', correlation_id: 'c1', inputs: { n: 1 } })
    expect(requests[0]!.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(requests[3]!.body)).toEqual({ name: 'bot' })
    expect(requests[1]!.headers.get('content-type')).toBeNull()
  })

  it('sends x-api-key only when apiKey is set, plus extra headers (object, sync or async function)', async () => {
    const bare = fakeFetch(json({ status: 'active' }))
    await createRuntimeClient({ fetch: bare.fetch }).getStatus('s')
    expect(bare.requests[0]!.headers.has('x-api-key')).toBe(false)

    const { fetch, requests } = fakeFetch(json({ status: 'active' }))
    let calls = 0
    const headers = vi.fn(() => Promise.resolve({ authorization: `Bearer t${++calls}` }))
    const client = createRuntimeClient({ fetch, apiKey: 'k-123', headers })
    await client.getStatus('s')
    await client.getStatus('s')
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2'])
    expect(requests[0]!.headers.get('x-api-key')).toBe('k-123')
    expect(requests[0]!.headers.get('accept')).toBe('application/json')

    const sync = fakeFetch(json({ status: 'active' }))
    await createRuntimeClient({ fetch: sync.fetch, headers: () => [['x-tenant', 'a']] }).getStatus('s')
    await createRuntimeClient({ fetch: sync.fetch, headers: { 'x-tenant': 'b' } }).getStatus('s')
    expect(sync.requests.map((r) => r.headers.get('x-tenant'))).toEqual(['a', 'b'])
  })

  it('generates a UUID correlation id when absent, sends it and exposes it on the result', async () => {
    const { fetch, requests } = fakeFetch(json(tutorialResult('Hello', null)))
    const result = await createRuntimeClient({ fetch }).executeMessage('s1', { content: 'Hi' })
    const sent = (JSON.parse(requests[0]!.body) as { correlation_id: string }).correlation_id
    expect(sent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(result.correlationId).toBe(sent)
    expect(result.reply?.text).toBe('Hello')
  })

  it('sends content blocks without display-only image names', async () => {
    const { fetch, requests } = fakeFetch(json(tutorialResult()))
    await createRuntimeClient({ fetch }).executeMessage('s1', {
      content: [
        { type: 'text', text: 'Look' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' }, name: 'cat.png' },
        { type: 'file', file_id: 'file_1', name: 'doc.pdf' },
      ],
    })
    expect((JSON.parse(requests[0]!.body) as { content: unknown }).content).toEqual([
      { type: 'text', text: 'Look' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
      { type: 'file', file_id: 'file_1', name: 'doc.pdf' },
    ])
  })

  it('uploads a file as multipart field "file" (fetch: no progress, then 1)', async () => {
    const { fetch, requests } = fakeFetch(
      json({ id: 'file_1', original_filename: 'a.txt', status: 'uploading' }, 201),
    )
    const progress: number[] = []
    const file = new File(['hello'], 'a.txt', { type: 'text/plain' })
    const uploaded = await createRuntimeClient({ fetch }).uploadFile(file, {
      onProgress: (f) => progress.push(f),
    })
    expect(requests[0]).toMatchObject({ method: 'POST', url: 'https://api-be.atthene.com/api/v1/files/' })
    expect((requests[0]!.formData!.get('file') as File).name).toBe('a.txt')
    expect(uploaded).toMatchObject({ id: 'file_1', name: 'a.txt', mimeType: 'text/plain', size: 5 })
    expect(progress).toEqual([1])
  })
})

describe('createRuntimeClient: bad input', () => {
  const client = () => {
    const fake = fakeFetch(json(tutorialResult()))
    return { ...fake, client: createRuntimeClient({ fetch: fake.fetch }) }
  }

  it.each([
    ['an empty session id', '', 'Hi'],
    ['a blank session id', '   ', 'Hi'],
    ['empty content', 's1', ''],
    ['blank content', 's1', ' \n '],
    ['an empty block list', 's1', []],
    ['a text block without text', 's1', [{ type: 'text' }]],
    ['an image block without a URL', 's1', [{ type: 'image_url', image_url: {} }]],
    ['a file block without id or URL', 's1', [{ type: 'file', name: 'x' }]],
    ['an unknown block type', 's1', [{ type: 'video', url: 'x' }]],
    ['a null block', 's1', [null]],
    ['a number', 's1', 42],
  ])('rejects execute with %s as invalid_request, making no request', async (_name, sessionId, content) => {
    const { client: c, requests } = client()
    const promise = c.executeMessage(sessionId, { content: content as string, correlationId: 'c1' })
    expect(promise).toBeInstanceOf(Promise)
    const error = await rejection(promise)
    expect(error).toMatchObject({ code: 'invalid_request', retryable: false, correlationId: 'c1' })
    expect(requests).toHaveLength(0)
  })

  it('rejects reads with a blank session id, making no request', async () => {
    const { client: c, requests } = client()
    for (const call of [
      c.getMessages(' '),
      c.getStatus(''),
      c.getSession('\t'),
      c.createSessionFromAgent({ agentId: '' }),
    ]) {
      expect((await rejection(call)).code).toBe('invalid_request')
    }
    expect(requests).toHaveLength(0)
  })
})

describe('createRuntimeClient: retry', () => {
  it('retries reads on retryable errors with backoff from the injected random, then succeeds', async () => {
    const { fetch, requests } = fakeFetch(
      json({ detail: 'boom' }, 500),
      new TypeError('fetch failed'),
      json({ status: 'active' }),
    )
    const { sleep, delays } = fakeSleep()
    const { events, onEvent } = eventLog()
    const status = await createRuntimeClient({ fetch, sleep, random: () => 0.5, onEvent }).getStatus('s1')
    expect(status.status).toBe('active')
    expect(requests).toHaveLength(3)
    expect(delays).toEqual([250, 500])
    expect(events.filter((e) => e.type === 'retry').map((e) => (e.type === 'retry' ? e.attempt : 0))).toEqual(
      [2, 3],
    )
    expect(
      events.filter((e) => e.type === 'request').map((e) => (e.type === 'request' ? e.attempt : 0)),
    ).toEqual([1, 2, 3])
  })

  it('gives up after `retries` retries with the last error', async () => {
    const { fetch, requests } = fakeFetch(json({ detail: 'down' }, 503))
    const { sleep, delays } = fakeSleep()
    const error = await rejection(
      createRuntimeClient({
        fetch,
        sleep,
        random: () => 1,
        retry: { retries: 2, baseDelayMs: 100 },
      }).getStatus('s1'),
    )
    expect(error).toMatchObject({ code: 'server_error', status: 503, message: 'down' })
    expect(requests).toHaveLength(3)
    expect(delays).toEqual([100, 200])
  })

  it('honours Retry-After on a read when it is longer than the backoff', async () => {
    const { fetch } = fakeFetch(
      json({ detail: 'slow' }, 429, { 'retry-after': '4' }),
      json({ status: 'active' }),
    )
    const { sleep, delays } = fakeSleep()
    await createRuntimeClient({ fetch, sleep, random: () => 1 }).getStatus('s1')
    expect(delays).toEqual([4000])
  })

  it('does not retry non-retryable codes', async () => {
    for (const status of [400, 401, 403, 404, 413]) {
      const { fetch, requests } = fakeFetch(json({ detail: 'no' }, status))
      const { sleep } = fakeSleep()
      await rejection(createRuntimeClient({ fetch, sleep }).getStatus('s1'))
      expect(requests).toHaveLength(1)
    }
  })

  it('never retries with retry: false', async () => {
    const { fetch, requests } = fakeFetch(json({ detail: 'down' }, 503))
    const error = await rejection(createRuntimeClient({ fetch, retry: false }).getStatus('s1'))
    expect(error.code).toBe('server_error')
    expect(requests).toHaveLength(1)
  })

  it('does not retry an execute after a 500 (it may have run): maybeExecuted, not retryable', async () => {
    const { fetch, requests } = fakeFetch(json({ detail: 'A server error occurred.' }, 500))
    const { sleep } = fakeSleep()
    const error = await rejection(
      createRuntimeClient({ fetch, sleep }).executeMessage('s1', { content: 'Hi', correlationId: 'c1' }),
    )
    expect(error).toMatchObject({
      code: 'server_error',
      retryable: false,
      correlationId: 'c1',
      details: { maybeExecuted: true },
    })
    expect(requests).toHaveLength(1)
  })

  it('retries an execute after a 429 and after a 503 with Retry-After (certainly not run)', async () => {
    const { fetch, requests } = fakeFetch(
      json({ error: { type: 'rate_limit_error', message: 'slow' } }, 429),
      new Response('Service temporarily unavailable.', { status: 503, headers: { 'retry-after': '2' } }),
      json(tutorialResult()),
    )
    const { sleep, delays } = fakeSleep()
    const result = await createRuntimeClient({ fetch, sleep, random: () => 0 }).executeMessage('s1', {
      content: 'Hi',
    })
    expect(result.reply?.text).toBe('Hello')
    expect(requests).toHaveLength(3)
    expect(delays).toEqual([1000, 2000])
    const bodies = requests.map((r) => (JSON.parse(r.body) as { correlation_id: string }).correlation_id)
    expect(new Set(bodies).size).toBe(1)
  })

  it('leaves a 429 to the caller when the call says retry: false', async () => {
    const { fetch, requests } = fakeFetch(
      json({ error: { type: 'rate_limit_error', message: 'slow' } }, 429, { 'retry-after': '3' }),
    )
    const { sleep, delays } = fakeSleep()
    const error = await rejection(
      createRuntimeClient({ fetch, sleep }).executeMessage('s1', { content: 'Hi' }, { retry: false }),
    )
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 3000 })
    expect(requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('does not retry an execute after a 503 without Retry-After', async () => {
    const { fetch, requests } = fakeFetch(new Response('down', { status: 503 }))
    const error = await rejection(
      createRuntimeClient({ fetch, sleep: fakeSleep().sleep }).executeMessage('s1', { content: 'Hi' }),
    )
    expect(error).toMatchObject({ code: 'server_error', details: { maybeExecuted: true } })
    expect(requests).toHaveLength(1)
  })

  it('does not retry an execute after a network error, unless the connection was refused', async () => {
    const dropped = fakeFetch(new TypeError('fetch failed'))
    const error = await rejection(
      createRuntimeClient({ fetch: dropped.fetch, sleep: fakeSleep().sleep }).executeMessage('s1', {
        content: 'Hi',
      }),
    )
    expect(error).toMatchObject({ code: 'network', retryable: false, details: { maybeExecuted: true } })
    expect(dropped.requests).toHaveLength(1)

    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    const { fetch, requests } = fakeFetch(refused, json(tutorialResult()))
    const result = await createRuntimeClient({ fetch, sleep: fakeSleep().sleep }).executeMessage('s1', {
      content: 'Hi',
    })
    expect(result.status).toBe('completed')
    expect(requests).toHaveLength(2)
  })

  it('lets classifyError override the code (and so the retry decision)', async () => {
    const { fetch, requests } = fakeFetch(json({ error: { type: 'busy' } }, 409), json({ status: 'active' }))
    const classifyError = vi.fn(({ status }: { status: number }) =>
      status === 409 ? ('rate_limited' as const) : undefined,
    )
    const status = await createRuntimeClient({ fetch, classifyError, sleep: fakeSleep().sleep }).getStatus(
      's1',
    )
    expect(status.status).toBe('active')
    expect(requests).toHaveLength(2)
    expect(classifyError).toHaveBeenCalledWith(
      expect.objectContaining({ status: 409, path: '/runtime/s1/status/' }),
    )
  })
})

describe('createRuntimeClient: abort and timeout', () => {
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
    })

  it('rejects aborted when the caller aborts, without retrying', async () => {
    const controller = new AbortController()
    const fetch = vi.fn(hanging)
    const promise = createRuntimeClient({ fetch, sleep: fakeSleep().sleep }).getStatus('s1', {
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 5)
    expect((await rejection(promise)).code).toBe('aborted')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('rejects aborted at once, without a request, for an already aborted signal', async () => {
    const fetch = vi.fn(hanging)
    const error = await rejection(
      createRuntimeClient({ fetch }).getStatus('s1', { signal: AbortSignal.abort() }),
    )
    expect(error.code).toBe('aborted')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('rejects aborted when the caller aborts during the backoff', async () => {
    const controller = new AbortController()
    const { fetch, requests } = fakeFetch(json({ detail: 'down' }, 503))
    const promise = createRuntimeClient({ fetch, retry: { baseDelayMs: 60_000 }, random: () => 1 }).getStatus(
      's1',
      {
        signal: controller.signal,
      },
    )
    setTimeout(() => controller.abort(), 20)
    expect((await rejection(promise)).code).toBe('aborted')
    expect(requests).toHaveLength(1)
  })

  it('times a read out as a retryable timeout and retries it', async () => {
    let calls = 0
    const fetch: typeof globalThis.fetch = (input, init) =>
      ++calls === 1 ? hanging(input, init) : Promise.resolve(json({ status: 'active' }))
    const { events, onEvent } = eventLog()
    const status = await createRuntimeClient({
      fetch,
      timeoutMs: 20,
      sleep: fakeSleep().sleep,
      onEvent,
    }).getStatus('s1')
    expect(status.status).toBe('active')
    const retry = events.find((e) => e.type === 'retry')
    expect(retry?.type === 'retry' && retry.error).toMatchObject({ code: 'timeout', retryable: true })
  })

  it('times an execute out as a non-retryable timeout that may have run', async () => {
    const fetch = vi.fn(hanging)
    const error = await rejection(
      createRuntimeClient({ fetch, timeoutMs: 20, sleep: fakeSleep().sleep }).executeMessage('s1', {
        content: 'Hi',
        correlationId: 'c9',
      }),
    )
    expect(error).toMatchObject({
      code: 'timeout',
      retryable: false,
      correlationId: 'c9',
      details: { maybeExecuted: true },
    })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('createRuntimeClient: events and secrets', () => {
  it('reports request, response, retry and error events with the correlation id', async () => {
    const { fetch } = fakeFetch(
      json({ error: { type: 'rate_limit_error', message: 'slow' } }, 429),
      json({ detail: 'no' }, 400),
    )
    const { events, onEvent } = eventLog()
    await rejection(
      createRuntimeClient({
        fetch,
        onEvent,
        sleep: fakeSleep().sleep,
        baseUrl: 'http://x.test',
      }).executeMessage('s1', {
        content: 'Hi',
        correlationId: 'c1',
      }),
    )
    expect(events.map((e) => e.type)).toEqual([
      'request',
      'response',
      'retry',
      'request',
      'response',
      'error',
    ])
    expect(events.every((e) => e.correlationId === 'c1' && e.method === 'POST')).toBe(true)
    expect(events[0]).toMatchObject({ url: 'http://x.test/runtime/s1/execute/', attempt: 1 })
    expect(events[1]).toMatchObject({ status: 429, durationMs: expect.any(Number) as number })
    expect(events[5]).toMatchObject({ error: { code: 'invalid_request', status: 400 } })
  })

  it('reports the raw body (truncated to 2 KB) of an invalid_response', async () => {
    const body = `{"status": "completed", "messages": [${'"x",'.repeat(1000)}`
    const { fetch } = fakeFetch(new Response(body, { status: 200 }))
    const { events, onEvent } = eventLog()
    const error = await rejection(
      createRuntimeClient({ fetch, onEvent }).executeMessage('s1', { content: 'Hi' }),
    )
    expect(error.code).toBe('invalid_response')
    const last = events.at(-1)
    expect(last?.type === 'error' && last.body).toBe(body.slice(0, 2048))
  })

  it('keeps working when onEvent throws', async () => {
    const { fetch } = fakeFetch(json({ status: 'active' }))
    const onEvent = () => {
      throw new Error('logger down')
    }
    expect((await createRuntimeClient({ fetch, onEvent }).getStatus('s1')).status).toBe('active')
  })

  it('never puts the API key in an event, an error message or details, even when the server echoes it', async () => {
    const apiKey = 'sk-live-SECRET-0123456789'
    const echo = (request: Request) =>
      json(
        {
          error: { type: 'authentication_error', message: `Key ${request.headers.get('x-api-key')} expired` },
        },
        401,
      )
    const { fetch } = fakeFetch(echo)
    const { events, onEvent } = eventLog()
    const error = await rejection(createRuntimeClient({ fetch, apiKey, onEvent }).getStatus('s1'))
    expect(error.code).toBe('unauthorized')
    expect(error.message).toBe('Key [redacted] expired')
    const dump = JSON.stringify([events, error, error.toJSON(), error.message, error.details])
    expect(dump).not.toContain(apiKey)
    expect(dump).toContain('[redacted]')
  })
})
