// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest'
import { createServer } from 'vite'
import type { ViteDevServer } from 'vite'
import { referenceRuntimePlugin } from '../../src/testing/referenceRuntimePlugin.ts'

let server: ViteDevServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

/** A bare Vite dev server with the plugin, on a free port of 127.0.0.1. */
async function start(basePath?: string) {
  server = await createServer({
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, ws: false },
    plugins: [referenceRuntimePlugin(basePath ? { basePath } : {})],
  })
  await server.listen()
  const address = server.httpServer!.address() as { port: number }
  return `http://127.0.0.1:${address.port}`
}

describe('referenceRuntimePlugin', () => {
  it('answers the Session Runtime API on the dev server, without a key', async () => {
    const origin = await start()
    const created = await fetch(`${origin}/api/v1/sessions/from-agent/?agent_key=support`)
    expect(created.ok).toBe(true)
    const session = (await created.json()) as { id?: string; session_id?: string }
    const id = session.id ?? session.session_id
    expect(id).toBeTruthy()
    const status = await fetch(`${origin}/api/v1/runtime/${id}/status`)
    expect(status.status).toBe(200)
  })

  it('serves under another base path, and leaves other paths to Vite', async () => {
    const origin = await start('/api/atthene')
    const created = await fetch(`${origin}/api/atthene/sessions/from-agent/?agent_key=support`)
    expect(created.ok).toBe(true)
    const other = await fetch(`${origin}/api/v1/sessions/from-agent/?agent_key=support`)
    expect(other.headers.get('content-type') ?? '').not.toContain('json')
  })
})
