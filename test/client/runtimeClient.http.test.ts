// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRuntimeClient, type RuntimeClientOptions } from '../../src/client/index.ts'
import { startMockRuntimeServer } from '../../src/testing/index.ts'
import type { ExecuteShape, MockRuntimeServer, ToolCallStyle } from '../../src/testing/index.ts'

let server: MockRuntimeServer
const client = (options: RuntimeClientOptions = {}) =>
  createRuntimeClient({ baseUrl: server.baseUrl, ...options })

beforeAll(async () => {
  server = await startMockRuntimeServer({ port: 0, host: '127.0.0.1', latencyMs: 0 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.runtime.reset()
  server.runtime.configure({ latencyMs: 0, executeShape: 'tutorial', toolCallStyle: 'flat' })
  server.runtime.createSession('s1')
})

describe('executeMessage over HTTP', () => {
  const shapes: ExecuteShape[] = ['reference', 'tutorial', 'getting-started']
  const styles: ToolCallStyle[] = ['flat', 'openai']
  for (const executeShape of shapes) {
    for (const toolCallStyle of styles) {
      it(`parses the ${executeShape} shape with ${toolCallStyle} tool calls`, async () => {
        server.runtime.configure({ executeShape, toolCallStyle })
        const result = await client().executeMessage('s1', {
          content: 'calculate 2+3',
          correlationId: 'corr-1',
        })
        expect(result.status).toBe('completed')
        expect(result.correlationId).toBe('corr-1')
        expect(result.reply?.role).toBe('assistant')
        expect(result.reply?.text).toContain('5')
        expect(result.toolCalls).toHaveLength(1)
        expect(result.toolCalls[0]).toMatchObject({
          name: 'calculator',
          args: { expression: '2+3' },
          status: 'succeeded',
        })
        if (executeShape !== 'reference') {
          expect(result.sessionId).toBe('s1')
          expect(result.usage?.outputTokens).toEqual(expect.any(Number))
          expect(result.reply?.createdAt).toBeGreaterThan(Date.parse('2020-01-01'))
        }
        expect(server.runtime.executions).toMatchObject([{ sessionId: 's1', correlationId: 'corr-1' }])
      })
    }
  }

  it('returns a 200 result with a failed tool call, in both styles, without throwing', async () => {
    for (const toolCallStyle of styles) {
      server.runtime.configure({ toolCallStyle })
      const result = await client().executeMessage('s1', { content: 'what is the weather in Paris' })
      expect(result.toolCalls[0]).toMatchObject({
        name: 'weather_lookup',
        status: 'failed',
        error: 'upstream timeout',
      })
    }
    server.runtime.inject({ kind: 'tool_failure', tool: 'web_search' })
    const failed = await client().executeMessage('s1', { content: 'search for valibot' })
    expect(failed.toolCalls[0]).toMatchObject({ status: 'failed', error: expect.any(String) as string })
  })

  it('sends multimodal content blocks and variables', async () => {
    const result = await client().executeMessage('s1', {
      content: [
        { type: 'text', text: 'Describe this' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' }, name: 'cat.png' },
      ],
      inputs: { user_id: 'u1', n: 42 },
    })
    expect(result.status).toBe('completed')
    expect(server.runtime.executions[0]?.content).toEqual([
      { type: 'text', text: 'Describe this' },
      { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
    ])
  })

  it('URL-encodes session ids', async () => {
    server.runtime.createSession('team a/b?c')
    const result = await client().executeMessage('team a/b?c', { content: 'hello' })
    expect(result.sessionId).toBe('team a/b?c')
    expect((await client().getStatus('team a/b?c')).sessionId).toBe('team a/b?c')
  })

  it('sends the API key the runtime checks', async () => {
    const guarded = await startMockRuntimeServer({
      latencyMs: 0,
      apiKeys: ['key-1'],
      sessions: [{ id: 's1' }],
    })
    try {
      const status = await createRuntimeClient({ baseUrl: guarded.baseUrl, apiKey: 'key-1' }).getStatus('s1')
      expect(status.status).toBe('active')
    } finally {
      await guarded.close()
    }
  })
})

describe('reads and sessions over HTTP', () => {
  it('pages the history: ISO timestamps, total, hasMore, oldest first', async () => {
    await client().executeMessage('s1', { content: 'first' })
    await client().executeMessage('s1', { content: 'second' })
    const page = await client().getMessages('s1', { limit: 3, offset: 0 })
    expect(page).toMatchObject({ total: 4, hasMore: true, limit: 3, offset: 0 })
    expect(page.messages.map((m) => [m.role, m.text])).toEqual([
      ['user', 'first'],
      ['assistant', expect.any(String)],
      ['user', 'second'],
    ])
    expect(page.messages[0]?.createdAt).toEqual(expect.any(Number))
    const rest = await client().getMessages('s1', { limit: 3, offset: 3 })
    expect(rest).toMatchObject({ total: 4, hasMore: false, offset: 3 })
    expect(rest.messages).toHaveLength(1)
  })

  it('reads a seeded history with tool calls, with the default page', async () => {
    const seeded = await startMockRuntimeServer({ latencyMs: 0, sessions: [{ id: 'long', history: 120 }] })
    try {
      const page = await createRuntimeClient({ baseUrl: seeded.baseUrl }).getMessages('long')
      expect(page).toMatchObject({ total: 120, hasMore: true, limit: 50, offset: 0 })
      expect(page.messages).toHaveLength(50)
      expect(page.messages.some((m) => m.toolCalls.length > 0)).toBe(true)
    } finally {
      await seeded.close()
    }
  })

  it('reads the status', async () => {
    await client().executeMessage('s1', { content: 'hello' })
    const status = await client().getStatus('s1')
    expect(status).toMatchObject({
      sessionId: 's1',
      status: 'active',
      isProcessing: false,
      messageCount: 2,
      health: 'healthy',
    })
    expect(status.lastActivity).toEqual(expect.any(Number))
  })

  it('creates sessions (inline config, agent key, agent id) and reads one back', async () => {
    const inline = await client().createSession({ name: 'bot', agent_type: 'llm_agent' })
    expect(inline.sessionId).toEqual(expect.any(String))
    expect(inline.configHash).toEqual(expect.any(String))
    const byKey = await client().createSessionFromAgent({ agentKey: 'customer_support_agent' })
    expect(byKey).toMatchObject({
      agentKey: 'customer_support_agent',
      createdAt: expect.any(Number) as number,
    })
    const byId = await client().createSessionFromAgent({ agentId: '820d6859-1111-2222-3333-444455556666' })
    expect(byId.agentId).toBe('820d6859-1111-2222-3333-444455556666')
    const read = await client().getSession(inline.sessionId)
    expect(read).toMatchObject({
      sessionId: inline.sessionId,
      configHash: inline.configHash,
      status: 'active',
    })
    const reply = await client().executeMessage(byKey.sessionId, { content: 'hi' })
    expect(reply.status).toBe('completed')
  })

  it('uploads a file (multipart, fetch in Node: progress reported once done)', async () => {
    const progress: number[] = []
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' })
    const uploaded = await client().uploadFile(file, { onProgress: (fraction) => progress.push(fraction) })
    expect(uploaded).toMatchObject({
      id: expect.any(String) as string,
      name: 'notes.txt',
      size: 5,
      status: 'uploading',
    })
    expect(progress).toEqual([1])
    expect(server.runtime.requestCounts.files).toBe(1)
  })
})
