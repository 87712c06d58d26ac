// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const EXECUTE = '/api/v1/runtime/s1/execute/'
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function proxyWith(options: Parameters<typeof startProxy>[0] extends infer O ? Partial<O> : never) {
  const upstream = await startUpstream()
  const proxy = await startProxy({
    apiKey: SECRET_KEY,
    upstream: upstream.baseUrl,
    bindSessions: false,
    ...options,
  })
  closers.push(upstream.close, proxy.close)
  return { upstream, proxy }
}

describe('finding 1: slow and large request bodies', () => {
  it('answers 408 when the body is not in by the body deadline, counted from the start of the request', async () => {
    const { proxy, upstream } = await proxyWith({ bodyTimeoutMs: 400, timeoutMs: 3000 })
    const head = requestHead('POST', EXECUTE, {
      'content-type': 'application/json',
      'content-length': 1_000_000,
    })
    const response = await rawRequest(proxy.port, head, ['{"content":"'], 3000)
    expect(response.status).toBe(408)
    expect(JSON.parse(response.body)).toMatchObject({ error: { type: 'request_timeout' } })
    expect(response.elapsedMs).toBeLessThan(1500)
    expect(upstream.log).toHaveLength(0)
  })

  it('answers 413 from the announced length without reading, for execute and uploads separately', async () => {
    const { proxy } = await proxyWith({ maxBodyBytes: 1000, maxUploadBytes: 5000, allowFileUpload: true })
    const big = await rawRequest(
      proxy.port,
      requestHead('POST', EXECUTE, { 'content-length': 2000 }),
      [],
      2000,
    )
    expect(big.status).toBe(413)
    expect(big.elapsedMs).toBeLessThan(1000)
    const upload = requestHead('POST', '/api/v1/files/', { 'content-length': 4000 })
    const fits = await rawRequest(proxy.port, upload, ['x'.repeat(4000)], 2000)
    expect(fits.status).toBe(200)
  })

  it('refuses more bodies at once than the buffered-bytes budget with 503 and Retry-After, instead of holding them', async () => {
    const { proxy } = await proxyWith({ maxBufferedBytes: 100_000, bodyTimeoutMs: 2000 })
    const head = requestHead('POST', EXECUTE, { 'content-length': 80_000 })
    const first = rawRequest(proxy.port, head, ['{'], 2500)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const second = await rawRequest(proxy.port, head, ['{'], 1500)
    expect(second.status).toBe(503)
    expect(second.headers['retry-after']).toBe('1')
    expect((await first).status).toBe(408)
  })

  it('checks the origin and authorize before it reads a byte of the body', async () => {
    let authorized = 0
    const { proxy } = await proxyWith({
      authorize: () => {
        authorized++
        return false
      },
    })
    const stalled = requestHead('POST', EXECUTE, { 'content-length': 1_000_000 })
    const refused = await rawRequest(proxy.port, stalled, [], 2000)
    expect(refused.status).toBe(403)
    expect(refused.elapsedMs).toBeLessThan(1000)
    expect(authorized).toBe(1)
    const foreign = requestHead('POST', EXECUTE, { 'content-length': 1_000_000, origin: 'https://evil.test' })
    expect((await rawRequest(proxy.port, foreign, [], 2000)).status).toBe(403)
  })
})
