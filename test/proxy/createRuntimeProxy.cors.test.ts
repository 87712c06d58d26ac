// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { APP, setup } from './recordingFetch.ts'

const WIDGET = 'https://widget.example.org'
const EVIL = 'https://evil.example.net'

function corsHeaderNames(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'))
}

describe('createRuntimeProxy: CORS', () => {
  it('answers a preflight from an allowed origin without calling upstream', async () => {
    const { send, requests } = setup()
    const response = await send('/api/atthene/runtime/s1/execute/', {
      method: 'OPTIONS',
      headers: {
        origin: WIDGET,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-request-id',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(WIDGET)
    expect(response.headers.get('vary')).toBe('Origin')
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toMatch(/^content-type, x-request-id/)
    expect(response.headers.get('access-control-allow-headers')).not.toMatch(/x-api-key|authorization/)
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0)
    expect(requests).toHaveLength(0)
  })

  it('refuses a preflight from a disallowed origin with 403 and no CORS headers', async () => {
    const { send } = setup()
    const response = await send('/api/atthene/runtime/s1/execute/', {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST' },
    })
    expect(response.status).toBe(403)
    expect(corsHeaderNames(response)).toEqual([])
  })

  it('refuses a request from a disallowed origin with 403, no CORS headers, and no upstream call', async () => {
    const { send, requests } = setup()
    for (const origin of [EVIL, 'null', `${WIDGET}.evil.example.net`, 'http://widget.example.org']) {
      const response = await send('/api/atthene/runtime/s1/execute/', {
        method: 'POST',
        body: '{"content":"hi"}',
        headers: { origin, 'content-type': 'text/plain' },
      })
      expect(response.status).toBe(403)
      expect(corsHeaderNames(response)).toEqual([])
    }
    expect(requests).toHaveLength(0)
  })

  it('echoes an allowed origin and exposes Retry-After on responses, errors included', async () => {
    const { send } = setup()
    const ok = await send('/api/atthene/runtime/s1/status/', { headers: { origin: WIDGET } })
    expect(ok.headers.get('access-control-allow-origin')).toBe(WIDGET)
    expect(ok.headers.get('access-control-expose-headers')).toMatch(/retry-after/)
    expect(ok.headers.get('vary')).toBe('Origin')
    const refused = await send('/api/atthene/agent/', { headers: { origin: WIDGET } })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('access-control-allow-origin')).toBe(WIDGET)
  })

  it('allows requests without Origin (server to server) and same-origin requests', async () => {
    const { send, requests } = setup()
    const noOrigin = await send('/api/atthene/runtime/s1/status/')
    expect(noOrigin.status).toBe(200)
    expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull()
    const sameOrigin = await send('/api/atthene/runtime/s1/status/', { headers: { origin: APP } })
    expect(sameOrigin.status).toBe(200)
    expect(requests).toHaveLength(2)
  })

  it("accepts '*', a predicate, and list entries written with a trailing slash", async () => {
    const star = setup({ allowedOrigins: '*' })
    const anyOrigin = await star.send('/api/atthene/runtime/s1/status/', { headers: { origin: EVIL } })
    expect(anyOrigin.headers.get('access-control-allow-origin')).toBe(EVIL)

    const predicate = setup({ allowedOrigins: (origin) => origin.endsWith('.example.org') })
    const headers = (origin: string) => ({ headers: { origin } })
    expect((await predicate.send('/api/atthene/runtime/s1/status/', headers(WIDGET))).status).toBe(200)
    expect((await predicate.send('/api/atthene/runtime/s1/status/', headers(EVIL))).status).toBe(403)

    const slash = setup({ allowedOrigins: [`${WIDGET}/`] })
    expect((await slash.send('/api/atthene/runtime/s1/status/', headers(WIDGET))).status).toBe(200)
  })
})
