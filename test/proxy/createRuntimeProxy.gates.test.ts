// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { errorOf, setup } from './recordingFetch.ts'

const creation = [
  ['POST', '/sessions/', 'https://upstream.test/api/v1/sessions/'],
  [
    'GET',
    '/sessions/from-agent/?agent_key=support_agent',
    'https://upstream.test/api/v1/sessions/from-agent/?agent_key=support_agent',
  ],
  [
    'POST',
    '/sessions/from-agent/7f1c2d4e-0b1a-4c1e-9a55-0c3f9f1e2b3a/',
    'https://upstream.test/api/v1/sessions/from-agent/7f1c2d4e-0b1a-4c1e-9a55-0c3f9f1e2b3a/',
  ],
] as const

describe('createRuntimeProxy: session creation and uploads', () => {
  it.each(creation)('%s %s is refused with 403 by default', async (method, path) => {
    const { send, requests } = setup()
    const response = await send(`/api/atthene${path}`, { method, body: method === 'POST' ? '{}' : null })
    expect(response.status).toBe(403)
    const error = await errorOf(response)
    expect(error.type).toBe('proxy_refused')
    expect(error.message).toMatch(/allowSessionCreation/)
    expect(requests).toHaveLength(0)
  })

  it.each(creation)('%s %s is forwarded with allowSessionCreation', async (method, path, target) => {
    const { send, requests } = setup({ allowSessionCreation: true })
    const response = await send(`/api/atthene${path}`, { method, body: method === 'POST' ? '{}' : null })
    expect(response.status).toBe(200)
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([`${method} ${target}`])
  })

  it('requires agent_key on the from-agent GET', async () => {
    const { send, requests } = setup({ allowSessionCreation: true })
    const response = await send('/api/atthene/sessions/from-agent/?agentKey=x')
    expect(response.status).toBe(400)
    expect(requests).toHaveLength(0)
  })

  it('refuses POST /files/ by default and forwards the multipart body with allowFileUpload', async () => {
    const form = new FormData()
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'a.txt')
    const closed = setup()
    expect((await closed.send('/api/atthene/files/', { method: 'POST', body: form })).status).toBe(403)
    expect(closed.requests).toHaveLength(0)

    const open = setup({ allowFileUpload: true })
    const response = await open.send('/api/atthene/files/', { method: 'POST', body: form })
    expect(response.status).toBe(200)
    const received = await open.requests[0]!.formData()
    expect(await (received.get('file') as File).text()).toBe('hello')
  })
})

describe('createRuntimeProxy: query strings', () => {
  it('keeps only numeric limit and offset on messages', async () => {
    const { send, requests } = setup()
    await send('/api/atthene/runtime/s1/messages/?limit=20&offset=40&api_key=x&format=yaml')
    await send('/api/atthene/runtime/s1/messages/?limit=abc&offset=-1')
    expect(requests.map((request) => request.url)).toEqual([
      'https://upstream.test/api/v1/runtime/s1/messages/?limit=20&offset=40',
      'https://upstream.test/api/v1/runtime/s1/messages/',
    ])
  })

  it('drops every query parameter elsewhere, and all but agent_key on from-agent', async () => {
    const { send, requests } = setup({ allowSessionCreation: true })
    await send('/api/atthene/runtime/s1/status/?limit=1&debug=1')
    await send('/api/atthene/sessions/from-agent/?agent_key=a%26b&include_deleted=true')
    expect(requests.map((request) => request.url)).toEqual([
      'https://upstream.test/api/v1/runtime/s1/status/',
      'https://upstream.test/api/v1/sessions/from-agent/?agent_key=a%26b',
    ])
  })
})

describe('createRuntimeProxy: authorize', () => {
  it('passes the matched route and refuses with 403 unless it returns true', async () => {
    const seen: unknown[] = []
    const { send, requests } = setup({
      authorize: (request, route) => {
        seen.push(route)
        if (route.sessionId === 'boom') throw new Error('db down')
        if (route.sessionId === 'forgot') return undefined as unknown as boolean
        return request.headers.get('x-request-id') === 'mine' && route.sessionId === 's1'
      },
    })
    const headers = { 'x-request-id': 'mine' }
    expect((await send('/api/atthene/runtime/s1/status/', { headers })).status).toBe(200)
    expect((await send('/api/atthene/runtime/s2/status/', { headers })).status).toBe(403)
    expect((await send('/api/atthene/runtime/boom/status/', { headers })).status).toBe(403)
    expect((await send('/api/atthene/runtime/forgot/status/', { headers })).status).toBe(403)
    expect(seen).toEqual([
      { name: 'status', sessionId: 's1' },
      { name: 'status', sessionId: 's2' },
      { name: 'status', sessionId: 'boom' },
      { name: 'status', sessionId: 'forgot' },
    ])
    expect(requests).toHaveLength(1)
  })
})
