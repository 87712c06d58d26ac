// @vitest-environment node
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { errorOf, setup } from './recordingFetch.ts'

const EXECUTE = '/api/atthene/runtime/s1/execute/'

describe('createRuntimeProxy: upstream responses', () => {
  it('passes status, retry-after and x-request-id through, with its own content-type, nosniff and no-store', async () => {
    const { send } = setup({}, () =>
      Response.json(
        { error: { type: 'rate_limited', message: 'slow down' } },
        {
          status: 429,
          headers: {
            'retry-after': '7',
            'x-request-id': 'req-9',
            'set-cookie': 'csrftoken=abc',
            connection: 'keep-alive',
            'content-encoding': 'gzip',
            server: 'gunicorn',
            'x-powered-by': 'Django',
          },
        },
      ),
    )
    const response = await send(EXECUTE, { method: 'POST', body: '{}' })
    expect(response.status).toBe(429)
    expect(Object.fromEntries(response.headers)).toEqual({
      'cache-control': 'no-store',
      'content-type': 'application/json; charset=utf-8',
      'retry-after': '7',
      'x-content-type-options': 'nosniff',
      'x-request-id': 'req-9',
      vary: 'Origin',
    })
    expect(await errorOf(response)).toEqual({ type: 'rate_limited', message: 'slow down' })
  })

  it('waits for the whole JSON body and sends it re-serialized', async () => {
    let finish: () => void = () => {}
    const { send } = setup(
      {},
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              controller.enqueue(new TextEncoder().encode('{"part":1'))
              await new Promise<void>((resolve) => (finish = resolve))
              controller.enqueue(new TextEncoder().encode('}'))
              controller.close()
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    )
    const pending = send('/api/atthene/runtime/s1/messages/')
    await new Promise((resolve) => setTimeout(resolve, 20))
    finish()
    expect(await (await pending).text()).toBe('{"part":1}')
  })

  it('answers 502 upstream_unreachable when the network fails', async () => {
    const { send, events } = setup({}, () => Promise.reject(new TypeError('fetch failed')))
    const response = await send(EXECUTE, {
      method: 'POST',
      body: '{}',
      headers: { origin: 'https://widget.example.org' },
    })
    expect(response.status).toBe(502)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://widget.example.org')
    expect((await errorOf(response)).type).toBe('upstream_unreachable')
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      route: 'execute',
      status: 502,
      message: 'TypeError: fetch failed',
    })
  })

  it('answers 502 when nothing listens at the upstream address (real fetch)', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const { send, events } = setup({ upstream: `http://127.0.0.1:${port}/api/v1`, fetch: undefined })
    const response = await send('/api/atthene/runtime/s1/status/')
    expect(response.status).toBe(502)
    expect((await errorOf(response)).type).toBe('upstream_unreachable')
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/ECONNREFUSED/) as unknown,
    })
  })

  it('answers 504 upstream_timeout after timeoutMs and aborts the upstream request', async () => {
    let aborted = false
    const { send } = setup(
      { timeoutMs: 20 },
      (request) =>
        new Promise<Response>((_, reject) =>
          request.signal.addEventListener('abort', () => {
            aborted = true
            reject(new DOMException('aborted', 'AbortError'))
          }),
        ),
    )
    const response = await send(EXECUTE, { method: 'POST', body: '{}' })
    expect(response.status).toBe(504)
    expect((await errorOf(response)).type).toBe('upstream_timeout')
    expect(aborted).toBe(true)
  })

  it('aborts the upstream request when the browser goes away', async () => {
    const browser = new AbortController()
    let aborted = false
    const { send } = setup({}, (request) => {
      setTimeout(() => browser.abort(), 5)
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => {
          aborted = true
          reject(new DOMException('aborted', 'AbortError'))
        }),
      )
    })
    await send('/api/atthene/runtime/s1/status/', { signal: browser.signal })
    expect(aborted).toBe(true)
  })
})

describe('createRuntimeProxy: request body limit', () => {
  it('forwards a body of exactly maxBodyBytes', async () => {
    const { send, requests } = setup({ maxBodyBytes: 10 })
    expect((await send(EXECUTE, { method: 'POST', body: '0123456789' })).status).toBe(200)
    expect(await requests[0]!.text()).toBe('0123456789')
  })

  it('answers 413 for a larger body, declared or streamed, without calling upstream', async () => {
    const { send, requests } = setup({ maxBodyBytes: 10 })
    const declared = await send(EXECUTE, { method: 'POST', body: '0123456789A' })
    expect(declared.status).toBe(413)
    expect((await errorOf(declared)).type).toBe('payload_too_large')

    const chunks = ['01234', '56789', 'A']
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift()
        if (chunk === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(chunk))
      },
    })
    const streamed = await send(EXECUTE, { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    expect(streamed.status).toBe(413)
    expect(requests).toHaveLength(0)
  })

  it('defaults to 5 MB for execute and 10 MB for uploads', async () => {
    const { send, requests } = setup({ allowFileUpload: true })
    const tooBig = await send(EXECUTE, { method: 'POST', body: new Uint8Array(5 * 1024 * 1024 + 1) })
    expect(tooBig.status).toBe(413)
    const fits = await send(EXECUTE, { method: 'POST', body: new Uint8Array(5 * 1024 * 1024) })
    expect(fits.status).toBe(200)
    const upload = await send('/api/atthene/files/', {
      method: 'POST',
      body: new Uint8Array(10 * 1024 * 1024),
    })
    expect(upload.status).toBe(200)
    const bigUpload = await send('/api/atthene/files/', {
      method: 'POST',
      body: new Uint8Array(10 * 1024 * 1024 + 1),
    })
    expect(bigUpload.status).toBe(413)
    expect(requests).toHaveLength(2)
  })
})

describe('createRuntimeProxy: events', () => {
  it('reports request, response and refusal, and survives a throwing onEvent', async () => {
    const { send, events } = setup()
    await send('/api/atthene/runtime/s1/status/')
    await send('/api/atthene/agent/')
    expect(events.map((event) => [event.type, 'status' in event ? event.status : null])).toEqual([
      ['request', null],
      ['response', 200],
      ['request', null],
      ['refused', 404],
    ])
    expect(events[1]).toMatchObject({ route: 'status', path: '/api/atthene/runtime/s1/status/' })

    const throwing = setup({
      onEvent: () => {
        throw new Error('logger down')
      },
    })
    expect((await throwing.send('/api/atthene/runtime/s1/status/')).status).toBe(200)
  })
})
