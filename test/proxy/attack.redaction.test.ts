// @vitest-environment node
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { LoggedRequest } from './httpHarness.ts'
import { rawRequest, requestHead, SECRET_KEY, startProxy, startUpstream } from './httpHarness.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function proxyTo(respond: (request: LoggedRequest, res: ServerResponse) => void) {
  const upstream = await startUpstream(respond)
  const proxy = await startProxy({ apiKey: SECRET_KEY, upstream: upstream.baseUrl, bindSessions: false })
  closers.push(upstream.close, proxy.close)
  return proxy
}

const base64 = (text: string) => Buffer.from(text).toString('base64')
/** Every form of the key an upstream might echo. */
const FORMS = {
  exact: SECRET_KEY,
  lowerCase: SECRET_KEY.toLowerCase(),
  upperCase: SECRET_KEY.toUpperCase(),
  urlEncoded: encodeURIComponent(SECRET_KEY),
  everyBytePercentEncoded: [...Buffer.from(SECRET_KEY)].map((byte) => `%${byte.toString(16)}`).join(''),
  hex: Buffer.from(SECRET_KEY).toString('hex'),
  base64: base64(SECRET_KEY),
  base64InsideHeader: base64(`x-api-key: ${SECRET_KEY}`),
  base64Offset1: base64(`a${SECRET_KEY}`),
  base64Offset2: base64(`ab${SECRET_KEY}`),
  base64Url: Buffer.from(`ab${SECRET_KEY}`).toString('base64url'),
}

/** Fails when any recognisable form of the key is in `text`. */
function expectNoKey(text: string) {
  const lower = text.toLowerCase()
  expect(lower).not.toContain(SECRET_KEY.toLowerCase())
  expect(lower).not.toContain(encodeURIComponent(SECRET_KEY).toLowerCase())
  expect(lower).not.toContain(FORMS.hex)
  expect(text).not.toContain(base64(SECRET_KEY).slice(4, -4))
  expect(text).not.toContain(FORMS.base64Offset1.slice(4, -4))
  expect(text).not.toContain(FORMS.base64Offset2.slice(4, -4))
  expect(text).not.toContain(FORMS.base64Url.slice(4, -4))
}

describe('finding 4: the key never reaches the browser', () => {
  it('drops the key from a 200 body that echoes the request headers', async () => {
    const proxy = await proxyTo((request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({ status: 'ok', echo: request.headers, [request.headers['x-api-key'] as string]: 1 }),
      )
    })
    const response = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/'))
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok', echo: { 'x-api-key': '[redacted]' } })
    expectNoKey(response.body)
  })

  it('finds the key behind JSON escapes (\\u0073, \\/) that the text as received does not show', async () => {
    const escaped = [...SECRET_KEY]
      .map((char, index) =>
        char === '/' ? '\\/' : index % 2 ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
      .join('')
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(`{"status":"ok","echo":"${escaped}","${escaped}":1}`)
    })
    const response = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/'))
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ status: 'ok', echo: '[redacted]', '[redacted]': 1 })
    expectNoKey(JSON.stringify(JSON.parse(response.body)))
  })

  it('passes a body without the key on as it came', async () => {
    const text = '{ "status": "ok",\n  "count": 12345678901234567890 }'
    const proxy = await proxyTo((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(text)
    })
    const response = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/status/'))
    expect(response.body).toBe(text)
  })

  for (const [name, form] of Object.entries(FORMS)) {
    it(`redacts the key in ${name} form from success and error bodies and headers`, async () => {
      for (const status of [200, 400, 500]) {
        const proxy = await proxyTo((_request, res) => {
          res.writeHead(status, {
            'content-type': 'application/json',
            'x-request-id': `r-${form}`.slice(0, 60),
          })
          res.end(JSON.stringify({ error: { message: `bad key ${form} given`, nested: [`k=${form}&x=1`] } }))
        })
        const response = await rawRequest(proxy.port, requestHead('GET', '/api/v1/runtime/s1/messages/'))
        expect(response.status).toBe(status)
        expectNoKey(response.body)
        expectNoKey(JSON.stringify(response.headers))
        expect(response.body).toContain('[redacted]')
      }
    })
  }
})
