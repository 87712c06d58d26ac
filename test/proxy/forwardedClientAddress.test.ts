// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { forwardedClientAddress } from '../../src/proxy/forwardedClientAddress.ts'
import { createRuntimeProxy, toNodeHandler } from '../../src/proxy/index.ts'

describe('forwardedClientAddress', () => {
  it('takes the socket address when no proxy is trusted, whatever the header says', () => {
    expect(forwardedClientAddress('10.0.0.2', '203.0.113.7', 0)).toBe('10.0.0.2')
  })

  it('takes the entry each trusted proxy hop appended, counting from the right', () => {
    const header = '198.51.100.1, 203.0.113.7, 10.0.0.9'
    expect(forwardedClientAddress('10.0.0.2', header, 1)).toBe('10.0.0.9')
    expect(forwardedClientAddress('10.0.0.2', header, 2)).toBe('203.0.113.7')
  })

  it('falls back to the leftmost entry when the chain is shorter than the trusted hops, and to the socket without a header', () => {
    expect(forwardedClientAddress('10.0.0.2', '203.0.113.7', 5)).toBe('203.0.113.7')
    expect(forwardedClientAddress('10.0.0.2', null, 1)).toBe('10.0.0.2')
    expect(forwardedClientAddress(undefined, ' , 203.0.113.7 ,', 1)).toBe('203.0.113.7')
  })

  it('refuses a trustedProxies that is not a whole number of proxies', () => {
    const proxy = createRuntimeProxy({ apiKey: 'k', allowedOrigins: [] })
    expect(() => toNodeHandler(proxy, { trustedProxies: -1 })).toThrow(TypeError)
    expect(() => toNodeHandler(proxy, { trustedProxies: 1.5 })).toThrow(/whole number/)
  })
})
