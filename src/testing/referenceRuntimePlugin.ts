import { createRuntimeProxy } from '../proxy/createRuntimeProxy.ts'
import { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from '../proxy/toNodeHandler.ts'
import { createMockRuntime } from './createMockRuntime.ts'
import type { MockRuntime, MockRuntimeOptions } from './types.ts'

/** Options of {@link referenceRuntimePlugin}. */
export interface ReferenceRuntimePluginOptions {
  /** Where the page reaches the runtime; point the widget's `baseUrl` here. @default '/api/v1' */
  readonly basePath?: string
  /** Options of the reference runtime (latency, seeded sessions, …). @default `{ autoCreateSessions: true }` */
  readonly runtime?: MockRuntimeOptions
  /**
   * An API key: forward to the real API instead, adding the key in the dev server (it never reaches the page).
   * Read it from the environment, e.g. `process.env.ATTHENE_API_KEY`. Without it, the reference runtime answers.
   */
  readonly apiKey?: string
  /** The real API's base URL, when `apiKey` is set. @default 'https://api-be.atthene.com/api/v1' */
  readonly upstream?: string
}

type Middleware = (req: NodeRequestLike & { url?: string }, res: NodeResponseLike, next: () => void) => void

/** The part of a Vite dev or preview server the plugin uses (a Connect middleware stack). */
interface ServerLike {
  readonly middlewares: { use(middleware: Middleware): unknown }
}

/** A Vite plugin, typed structurally so that the kit's types do not need `vite`. */
export interface ReferenceRuntimePlugin {
  readonly name: string
  /** The reference runtime, for inspection (`executions`, `inject`); `undefined` when proxying with a key. */
  readonly runtime: MockRuntime | undefined
  configureServer(server: ServerLike): void
  configurePreviewServer(server: ServerLike): void
}

/** The reference runtime answers under `/api/v1`: a request to `basePath` is moved there. */
function atApiV1(runtime: MockRuntime, basePath: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    if (basePath.endsWith('/api/v1')) return runtime.handle(request)
    url.pathname = `/api/v1${url.pathname.slice(basePath.length)}`
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
    return runtime.handle(new Request(url, { method: request.method, headers: request.headers, body }))
  }
}

/**
 * A Vite plugin that serves the Session Runtime API on your dev server's own origin: the in-memory reference
 * runtime (a scripted agent, no key, no network), or with `apiKey` a proxy to the real API.
 *
 * @example
 * ```ts
 * // vite.config.ts
 * import { defineConfig } from 'vite'
 * import react from '@vitejs/plugin-react'
 * import { referenceRuntimePlugin } from 'atthene-chat-kit/testing'
 *
 * export default defineConfig({ plugins: [react(), referenceRuntimePlugin()] })
 * // then: <ChatWidget clientOptions={{ baseUrl: '/api/v1' }} agentKey="support" />
 * ```
 */
export function referenceRuntimePlugin(options: ReferenceRuntimePluginOptions = {}): ReferenceRuntimePlugin {
  const basePath = (options.basePath ?? '/api/v1').replace(/\/$/, '')
  const runtime = options.apiKey
    ? undefined
    : createMockRuntime(options.runtime ?? { autoCreateSessions: true })
  const handler = options.apiKey
    ? createRuntimeProxy({
        apiKey: options.apiKey,
        upstream: options.upstream ?? 'https://api-be.atthene.com/api/v1',
        basePath,
        // The dev server's own pages: the proxy decides origins from configuration, never from `Host`.
        allowedOrigins: (origin) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(origin).hostname),
        allowSessionCreation: true,
        allowFileUpload: true,
      })
    : atApiV1(runtime!, basePath)
  const serve = toNodeHandler(handler)
  const middleware: Middleware = (req, res, next) => {
    if ((req.url ?? '').startsWith(`${basePath}/`)) serve(req, res)
    else next()
  }
  return {
    name: 'atthene-reference-runtime',
    runtime,
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  }
}
