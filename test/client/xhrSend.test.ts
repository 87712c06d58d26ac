import { afterEach, describe, expect, it, vi } from 'vitest'
import { createRuntimeClient, isRuntimeError } from '../../src/client/index.ts'

/** A scripted XMLHttpRequest: records what is sent, then answers as `respond` says. */
class FakeXhr {
  static instances: FakeXhr[] = []
  static respond: (xhr: FakeXhr) => void = () => {}
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown
  status = 0
  responseText = ''
  responseHeaders = ''
  aborted = false
  upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  constructor() {
    FakeXhr.instances.push(this)
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getAllResponseHeaders() {
    return this.responseHeaders
  }
  send(body: unknown) {
    this.body = body
    queueMicrotask(() => FakeXhr.respond(this))
  }
  abort() {
    this.aborted = true
    this.onabort?.()
  }
}

const file = new File(['hello world'], 'notes.txt', { type: 'text/plain' })

afterEach(() => {
  vi.unstubAllGlobals()
  FakeXhr.instances = []
})

describe('uploadFile over XMLHttpRequest', () => {
  it('reports upload progress, sends the headers and the multipart body, parses the answer', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    FakeXhr.respond = (xhr) => {
      xhr.upload.onprogress?.({ loaded: 5, total: 10 })
      xhr.upload.onprogress?.({ loaded: 10, total: 10 })
      xhr.status = 201
      xhr.responseText = JSON.stringify({ id: 'file_1', original_filename: 'notes.txt', size_bytes: 11 })
      xhr.responseHeaders = 'content-type: application/json\r\nx-request-id: r1\r\n'
      xhr.onload?.()
    }
    const progress: number[] = []
    const client = createRuntimeClient({ baseUrl: 'http://x.test/api/v1/', apiKey: 'k1' })
    const uploaded = await client.uploadFile(file, { onProgress: (fraction) => progress.push(fraction) })
    const [xhr] = FakeXhr.instances
    expect(xhr).toMatchObject({ method: 'POST', url: 'http://x.test/api/v1/files/' })
    expect(xhr!.headers['x-api-key']).toBe('k1')
    expect(xhr!.headers['content-type']).toBeUndefined()
    expect((xhr!.body as FormData).get('file')).toBeInstanceOf(File)
    expect(progress).toEqual([0.5, 1, 1])
    expect(uploaded).toMatchObject({ id: 'file_1', name: 'notes.txt', size: 11 })
  })

  it('classifies an HTTP error answered over XHR, with its headers', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    FakeXhr.respond = (xhr) => {
      xhr.status = 413
      xhr.responseText = JSON.stringify({ detail: 'File too large.' })
      xhr.responseHeaders = 'content-type: application/json\r\nx-request-id: r2'
      xhr.onload?.()
    }
    const error: unknown = await createRuntimeClient()
      .uploadFile(file)
      .catch((e: unknown) => e)
    expect(isRuntimeError(error) && error).toMatchObject({
      code: 'payload_too_large',
      message: 'File too large.',
      requestId: 'r2',
    })
  })

  it('turns an XHR network error into network (may have run: not retried) and an abort into aborted', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    FakeXhr.respond = (xhr) => xhr.onerror?.()
    const error: unknown = await createRuntimeClient()
      .uploadFile(file)
      .catch((e: unknown) => e)
    expect(isRuntimeError(error) && error).toMatchObject({
      code: 'network',
      details: { maybeExecuted: true },
    })
    expect(FakeXhr.instances).toHaveLength(1)

    FakeXhr.respond = () => {}
    const controller = new AbortController()
    const pending = createRuntimeClient().uploadFile(file, { signal: controller.signal })
    await Promise.resolve()
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'aborted' })
    expect(FakeXhr.instances.at(-1)!.aborted).toBe(true)
  })

  it('uses an injected fetch instead of XHR', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const fetch = vi.fn(() => Promise.resolve(Response.json({ id: 'f2' })))
    await createRuntimeClient({ fetch }).uploadFile(file)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(FakeXhr.instances).toHaveLength(0)
  })
})
