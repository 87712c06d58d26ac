// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { errorOf, setup } from './recordingFetch.ts'

const JSON_BODY = { 'content-type': 'application/json' }

describe('createRuntimeProxy: what it forwards', () => {
  it.each([
    ['POST', '/runtime/s1/execute/', 'https://upstream.test/api/v1/runtime/s1/execute/'],
    ['GET', '/runtime/s1/messages/', 'https://upstream.test/api/v1/runtime/s1/messages/'],
    ['GET', '/runtime/s1/status/', 'https://upstream.test/api/v1/runtime/s1/status/'],
    ['GET', '/sessions/sess_abc-123/', 'https://upstream.test/api/v1/sessions/sess_abc-123/'],
    // The trailing slash is optional for the browser and always sent upstream.
    ['GET', '/runtime/820d6859-aa/status', 'https://upstream.test/api/v1/runtime/820d6859-aa/status/'],
  ])('%s %s is forwarded to %s', async (method, path, target) => {
    const { send, requests } = setup()
    const response = await send(`/api/atthene${path}`, {
      method,
      ...(method === 'POST' ? { body: '{"content":"hi"}', headers: JSON_BODY } : {}),
    })
    expect(response.status).toBe(200)
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([`${method} ${target}`])
  })

  it('forwards the POST body byte for byte', async () => {
    const { send, requests } = setup()
    const body = JSON.stringify({ content: 'Grüße 👋', correlation_id: 'c-1', inputs: { n: 1 } })
    await send('/api/atthene/runtime/s1/execute/', { method: 'POST', body, headers: JSON_BODY })
    expect(await requests[0]!.text()).toBe(body)
  })

  it('detects the mount path when no basePath is given, and strips it', async () => {
    const { send, requests } = setup({ basePath: undefined })
    await send('/some/deep/mount/runtime/s1/status/')
    expect(requests[0]!.url).toBe('https://upstream.test/api/v1/runtime/s1/status/')
  })

  it('refuses a path outside basePath', async () => {
    const { send, requests } = setup()
    const response = await send('/elsewhere/runtime/s1/status/')
    expect(response.status).toBe(404)
    expect(requests).toHaveLength(0)
  })

  it('does not double the slash when upstream ends with one', async () => {
    const { send, requests } = setup({ upstream: 'http://localhost:9000/api/v1/' })
    await send('/api/atthene/runtime/s1/status/')
    expect(requests[0]!.url).toBe('http://localhost:9000/api/v1/runtime/s1/status/')
  })
})

describe('createRuntimeProxy: what it refuses', () => {
  it.each([
    '/api/atthene/agent/',
    '/api/atthene/agent/a1/',
    '/api/atthene/agent/validate/',
    '/api/atthene/collections/',
    '/api/atthene/files/f1/',
    '/api/atthene/runtime/s1/',
    '/api/atthene/runtime/s1/execute/extra/',
    '/api/atthene/runtime//status/',
    '/api/atthene/',
    '/',
  ])('GET %s gets 404 proxy_refused and reaches nothing', async (path) => {
    const { send, requests } = setup()
    const response = await send(path)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect((await errorOf(response)).type).toBe('proxy_refused')
    expect(requests).toHaveLength(0)
  })

  it.each([
    // The Request URL parser already resolves these; what is left must still be refused.
    '/api/atthene/runtime/../agent/',
    '/api/atthene/runtime/%2e%2e/agent/',
    '/api/atthene/runtime/s1/../../agent/',
    // Encoded separators would be decoded by the API into another path.
    '/api/atthene/runtime/..%2Fagent/status/',
    '/api/atthene/runtime/s1%2F..%2F..%2Fagent/status/',
    '/api/atthene/runtime/s1%2fx/status/',
    '/api/atthene/runtime/s1%5C..%5Cagent/status/',
    '/api/atthene/runtime/%2E%2E/status/',
    '/api/atthene/sessions/s%201/',
  ])('traversal %s gets 404 and reaches nothing', async (path) => {
    const { send, requests } = setup()
    const response = await send(path)
    expect(response.status).toBe(404)
    expect(requests).toHaveLength(0)
  })

  it.each([
    ['GET', '/runtime/s1/execute/', 'POST, OPTIONS'],
    ['POST', '/runtime/s1/messages/', 'GET, OPTIONS'],
    ['PUT', '/runtime/s1/execute/', 'POST, OPTIONS'],
    ['DELETE', '/sessions/s1/', 'GET, OPTIONS'],
    ['PATCH', '/sessions/s1/', 'GET, OPTIONS'],
    ['HEAD', '/runtime/s1/status/', 'GET, OPTIONS'],
    // Listing sessions would expose every session of the account.
    ['GET', '/sessions/', 'POST, OPTIONS'],
    ['GET', '/files/', 'POST, OPTIONS'],
  ])('%s %s gets 405 with Allow: %s', async (method, path, allow) => {
    const { send, requests } = setup({ allowSessionCreation: true, allowFileUpload: true })
    const response = await send(`/api/atthene${path}`, { method })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe(allow)
    if (method !== 'HEAD') expect((await errorOf(response)).type).toBe('proxy_refused')
    expect(requests).toHaveLength(0)
  })
})
