import { expect, it } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'

// No environment pragma: this runs in the unit project's jsdom, as hook tests do.
it('serves execute, history and status in jsdom through runtime.fetch', async () => {
  const runtime = createMockRuntime({ latencyMs: 0, sessions: [{ id: 's1' }] })
  const base = 'http://localhost/api/v1/runtime/s1'
  const executed = await runtime.fetch(`${base}/execute/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png' } }] }),
  })
  expect(executed.status).toBe(200)
  const body = (await executed.json()) as { messages: { content: string }[] }
  expect(body.messages[0]!.content).toContain('I can see 1 image (a.png).')
  const page = (await (await runtime.fetch(`${base}/messages/`)).json()) as { total: number }
  expect(page.total).toBe(2)
  expect(((await (await runtime.fetch(`${base}/status/`)).json()) as { status: string }).status).toBe(
    'active',
  )
})
