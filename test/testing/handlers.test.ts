// @vitest-environment node
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { createMockRuntimeHandlers } from '../../src/testing/createMockRuntimeHandlers.ts'

const BASE = 'http://msw.test/api/v1'
const runtime = createMockRuntime({ latencyMs: 0, sessions: [{ id: 's1' }] })
const server = setupServer(...createMockRuntimeHandlers(runtime, { baseUrl: `${BASE}/` }))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => runtime.reset())
afterAll(() => server.close())

describe('createMockRuntimeHandlers (MSW 2)', () => {
  it('serves execute and messages through MSW', async () => {
    const response = await fetch(`${BASE}/runtime/s1/execute/`, {
      method: 'POST',
      body: JSON.stringify({ content: 'search msw' }),
    })
    expect(response.status).toBe(200)
    const page = (await (await fetch(`${BASE}/runtime/s1/messages/`)).json()) as { total: number }
    expect(page.total).toBe(2)
  })

  it('passes fault responses through', async () => {
    runtime.inject({ kind: 'rate_limit', retryAfterSeconds: 2 })
    const response = await fetch(`${BASE}/runtime/s1/execute/`, { method: 'POST', body: '{"content":"x"}' })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('2')
  })

  it('turns a dropped connection into a network error, after executing', async () => {
    runtime.inject({ kind: 'drop_connection' })
    const error = await fetch(`${BASE}/runtime/s1/execute/`, {
      method: 'POST',
      body: '{"content":"x"}',
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TypeError)
    expect(runtime.executions).toHaveLength(1)
  })
})
