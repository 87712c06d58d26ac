import type { Connect, Plugin } from 'vite'
import { createMockRuntime } from '../src/testing/createMockRuntime.ts'
import type { MockRuntimeOptions } from '../src/testing/types.ts'
import { serveFetchHandler } from '../demo/runtimePlugin.ts'

/**
 * One reference runtime per scenario, so that request counts never mix: the page reaches runtime `name` at
 * `/rt/<name>/api/v1` (same origin, no CORS preflights to count).
 */
const RUNTIMES: Record<string, MockRuntimeOptions> = {
  // Enter-to-paint: replies after 300 ms, a seeded history of 60 messages (markdown, code, tool calls).
  send: { sessions: [{ id: 'bench-send', history: 60 }], latencyMs: 300 },
  idle: { sessions: [{ id: 'bench-idle', history: 60 }], latencyMs: 300 },
  hidden: { sessions: [{ id: 'bench-hidden', history: 60 }], latencyMs: 300 },
  // A session that stays `processing` for the whole window: the execute takes two minutes.
  working: { sessions: [{ id: 'bench-working', history: 60 }], latencyMs: 120_000 },
}

const ROUTE = /^\/rt\/([a-z]+)(\/api\/v1\/.*)$/
const COUNTS = /^\/__bench\/counts\/([a-z]+)$/

/** Serves the bench runtimes in `vite preview` (and `vite`), plus `GET /__bench/counts/<name>` (request counts). */
export function benchRuntimes(): Plugin {
  const runtimes = new Map(
    Object.entries(RUNTIMES).map(([name, options]) => [name, createMockRuntime(options)]),
  )
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = req.url ?? ''
    const counts = COUNTS.exec(url)
    if (counts) {
      res.setHeader('content-type', 'application/json')
      return void res.end(JSON.stringify(runtimes.get(counts[1]!)?.requestCounts ?? null))
    }
    const route = ROUTE.exec(url)
    const runtime = route ? runtimes.get(route[1]!) : undefined
    if (!runtime) return next()
    void serveFetchHandler(runtime.handle, req, res)
  }
  return {
    name: 'atthene-bench-runtimes',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  }
}
