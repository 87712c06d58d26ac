// @vitest-environment node
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- response bodies are untyped JSON, read as the wire sends them */
import { describe, expect, it, vi } from 'vitest'
import { createMockRuntime } from '../../src/testing/createMockRuntime.ts'
import { call, execute } from './helpers.ts'

describe('per-session queue and status', () => {
  it('reads processing while an execute runs, then active', async () => {
    const runtime = createMockRuntime({ latencyMs: 80, sessions: [{ id: 's1' }] })
    const pending = execute(runtime, 's1', { content: 'hi' })
    await vi.waitFor(() => expect(runtime.executions).toHaveLength(1))
    const during = await call(runtime, 'GET', '/runtime/s1/status/')
    expect(during.body.status).toBe('processing')
    expect(during.body.message_count).toBe(1)
    await pending
    const after = await call(runtime, 'GET', '/runtime/s1/status/')
    expect(after.body).toMatchObject({ status: 'active', message_count: 2 })
  })

  it('queues a second execute to the same session and runs them one at a time, in order', async () => {
    const runtime = createMockRuntime({ latencyMs: 40, sessions: [{ id: 's1' }] })
    const answers = await Promise.all(
      ['one', 'two', 'three'].map((content) => execute(runtime, 's1', { content, correlation_id: content })),
    )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    expect(runtime.executions.map((record) => record.correlationId)).toEqual(['one', 'two', 'three'])
    const [first, second, third] = runtime.executions
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.finishedAt!)
    expect(third!.startedAt).toBeGreaterThanOrEqual(second!.finishedAt!)
    const contents = runtime.history('s1').map((message) => (message as { content: string }).content)
    expect(contents.filter((_, index) => index % 2 === 0)).toEqual(['one', 'two', 'three'])
    expect(contents[1]).toMatch(/^> one/)
    expect(contents[5]).toMatch(/^> three/)
  })

  it('keeps processing while a queued execute waits', async () => {
    const runtime = createMockRuntime({ latencyMs: 60, sessions: [{ id: 's1' }] })
    const both = Promise.all([
      execute(runtime, 's1', { content: 'a' }),
      execute(runtime, 's1', { content: 'b' }),
    ])
    await vi.waitFor(() => expect(runtime.executions).toHaveLength(1))
    await vi.waitFor(() => expect(runtime.executions[0]!.finishedAt).toBeDefined())
    expect((await call(runtime, 'GET', '/runtime/s1/status/')).body.status).toBe('processing')
    await both
  })

  it('does not block other sessions', async () => {
    const runtime = createMockRuntime({ latencyMs: 60, sessions: [{ id: 's1' }, { id: 's2' }] })
    await Promise.all([execute(runtime, 's1', { content: 'a' }), execute(runtime, 's2', { content: 'b' })])
    const [a, b] = runtime.executions
    expect(b!.startedAt).toBeLessThan(a!.finishedAt!)
  })

  it('answers 404 to a queued execute whose session was deleted meanwhile', async () => {
    const runtime = createMockRuntime({ latencyMs: 50, sessions: [{ id: 's1' }] })
    const first = execute(runtime, 's1', { content: 'a' })
    const second = execute(runtime, 's1', { content: 'b' })
    await vi.waitFor(() => expect(runtime.executions).toHaveLength(1))
    runtime.deleteSession('s1')
    expect((await first).status).toBe(200)
    expect((await second).status).toBe(404)
    expect(runtime.executions).toHaveLength(1)
  })

  it('draws latency from [min, max] with a seeded, repeatable sequence', async () => {
    vi.useFakeTimers()
    try {
      const durations = async (seed: number) => {
        const runtime = createMockRuntime({ latencyMs: [20, 120], seed, now: () => Date.now() })
        runtime.createSession('s1')
        for (let index = 0; index < 5; index++) {
          const pending = execute(runtime, 's1', { content: 'x' })
          await vi.runAllTimersAsync()
          await pending
        }
        return runtime.executions.map((record) => record.finishedAt! - record.startedAt)
      }
      const first = await durations(7)
      for (const ms of first) expect(ms).toBeGreaterThanOrEqual(20)
      for (const ms of first) expect(ms).toBeLessThanOrEqual(120)
      expect(new Set(first).size).toBeGreaterThan(1)
      expect(await durations(7)).toEqual(first)
      expect(await durations(8)).not.toEqual(first)
    } finally {
      vi.useRealTimers()
    }
  })
})
