// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createRuntimeProxy } from '../../src/proxy/index.ts'
import { API_KEY, setup } from './recordingFetch.ts'

async function dump(response: Response): Promise<string> {
  return `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`
}

describe('createRuntimeProxy: the API key', () => {
  it('throws a clear error at creation when the key is missing or blank', () => {
    for (const apiKey of ['', '   ', undefined as unknown as string]) {
      expect(() => createRuntimeProxy({ apiKey, allowedOrigins: [] })).toThrow(/`apiKey` is empty/)
    }
  })

  it('throws at creation without allowedOrigins or with a non-http upstream', () => {
    const noOrigins = { apiKey: API_KEY } as Parameters<typeof createRuntimeProxy>[0]
    expect(() => createRuntimeProxy(noOrigins)).toThrow(/allowedOrigins/)
    expect(() => createRuntimeProxy({ apiKey: API_KEY, allowedOrigins: [], upstream: 'ftp://x' })).toThrow(
      /upstream/,
    )
  })

  it('adds x-api-key and strips the key, authorization and cookies a browser sends', async () => {
    const { send, requests } = setup()
    await send('/api/atthene/runtime/s1/execute/', {
      method: 'POST',
      body: '{"content":"hi"}',
      headers: {
        'content-type': 'application/json',
        'x-api-key': 'sk-injected-by-the-page',
        authorization: 'Bearer sk-injected',
        cookie: 'session=abc',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': '1',
      },
    })
    const headers = requests[0]!.headers
    expect(headers.get('x-api-key')).toBe(API_KEY)
    expect(headers.get('authorization')).toBeNull()
    expect(headers.get('cookie')).toBeNull()
    expect(headers.get('x-forwarded-for')).toBeNull()
    expect(headers.get('x-custom')).toBeNull()
  })

  it('forwards content-type, accept, accept-language, request and correlation ids, and the extra headers', async () => {
    const { send, requests } = setup({ headers: { 'x-tenant': 't1', 'x-api-key': 'not-this-one' } })
    const forwarded = {
      'content-type': 'application/yaml',
      accept: 'application/json',
      'accept-language': 'de-DE',
      'x-request-id': 'req-1',
      'x-correlation-id': 'corr-1',
    }
    await send('/api/atthene/runtime/s1/execute/', {
      method: 'POST',
      body: 'content: hi',
      headers: forwarded,
    })
    const received = Object.fromEntries(requests[0]!.headers)
    expect(received).toEqual({ ...forwarded, 'x-tenant': 't1', 'x-api-key': API_KEY })
  })

  it('never puts the key in a response or an event, on success, refusal or failure', async () => {
    const leaky = `upstream says: invalid key ${API_KEY}`
    const scenarios: [string, (request: Request) => Response | Promise<Response>, RequestInit?][] = [
      ['/runtime/s1/status/', () => Response.json({ status: 'active' })],
      [
        '/runtime/s1/status/',
        () => Response.json({ error: { type: 'authentication_error', message: leaky } }, { status: 401 }),
      ],
      ['/runtime/s1/status/', () => new Response(leaky, { status: 500 })],
      ['/runtime/s1/status/', () => Promise.reject(new TypeError(`connect ECONNREFUSED ${API_KEY}`))],
      [
        '/runtime/s1/status/',
        () => new Response(null, { status: 302, headers: { location: `https://x/?k=${API_KEY}` } }),
      ],
      ['/agent/', () => Response.json({})],
      ['/runtime/s1/execute/', () => Response.json({}), { method: 'GET' }],
      ['/sessions/', () => Response.json({}), { method: 'POST', body: '{}' }],
      ['/runtime/s1/status/', () => Response.json({}), { headers: { origin: 'https://evil.example.net' } }],
      ['/runtime/s1/execute/', () => Response.json({}), { method: 'POST', body: 'x'.repeat(100) }],
    ]
    const seen: string[] = []
    for (const [path, respond, init] of scenarios) {
      const { send, events } = setup({ maxBodyBytes: 50 }, respond)
      seen.push(await dump(await send(`/api/atthene${path}`, init)), JSON.stringify(events))
    }
    expect(seen.join('\n')).toContain('[redacted]')
    expect(seen.join('\n')).toContain('"type":"error"')
    expect(seen.join('\n')).not.toContain(API_KEY)
  })

  it('does not follow upstream redirects, which would carry the key elsewhere', async () => {
    const { send, requests } = setup(
      {},
      () => new Response(null, { status: 307, headers: { location: 'https://elsewhere.example/steal' } }),
    )
    const response = await send('/api/atthene/runtime/s1/status/')
    expect(requests[0]!.redirect).toBe('manual')
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
  })
})
