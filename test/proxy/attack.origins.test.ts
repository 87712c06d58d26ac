// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function proxyWith(options: { publicOrigin?: string } = {}) {
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

const EXECUTE = '/api/v1/runtime/s1/execute/'

describe('finding 3: origins come from configuration, never from the Host header', () => {
  it('refuses a DNS-rebinding request whose Origin matches its Host, and forwards nothing', async () => {
    const { upstream, proxy } = await proxyWith({ publicOrigin: 'https://app.example.com' })
    const head = requestHead('POST', EXECUTE, {
      host: 'rebind.attacker.test',
      origin: 'http://rebind.attacker.test',
      'content-type': 'application/json',
      'content-length': 2,
    })
    const response = await rawRequest(proxy.port, head, ['{}'])
    expect(response.status).toBe(403)
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    expect(upstream.log).toHaveLength(0)
  })

  it('refuses the rebinding request also without a publicOrigin', async () => {
    const { upstream, proxy } = await proxyWith()
    const head = requestHead('POST', EXECUTE, {
      host: `127.0.0.1:${proxy.port}`,
      origin: `http://127.0.0.1:${proxy.port}`,
      'content-length': 2,
    })
    expect((await rawRequest(proxy.port, head, ['{}'])).status).toBe(403)
    expect(upstream.log).toHaveLength(0)
  })

  it('accepts a real same-origin request over HTTPS behind a TLS-terminating proxy', async () => {
    const { upstream, proxy } = await proxyWith({ publicOrigin: 'https://app.example.com' })
    const head = requestHead('POST', EXECUTE, {
      host: 'app.example.com',
      origin: 'https://app.example.com',
      'content-type': 'application/json',
      'content-length': 2,
    })
    const response = await rawRequest(proxy.port, head, ['{}'])
    expect(response.status).toBe(200)
    expect(upstream.log).toHaveLength(1)
  })

  it('does not accept the http:// form of an https publicOrigin', async () => {
    const { proxy } = await proxyWith({ publicOrigin: 'https://app.example.com' })
    const head = requestHead('POST', EXECUTE, { origin: 'http://app.example.com', 'content-length': 2 })
    expect((await rawRequest(proxy.port, head, ['{}'])).status).toBe(403)
  })
})
