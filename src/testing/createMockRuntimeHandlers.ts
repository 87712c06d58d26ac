import { http, type HttpHandler } from 'msw'
import { ConnectionDroppedError } from './ConnectionDroppedError.ts'
import type { MockRuntime, MockRuntimeHandlersOptions } from './types.ts'

/**
 * MSW 2 handlers that send every request under `baseUrl` to the runtime (Storybook, jsdom tests).
 * A dropped connection becomes `Response.error()`, which MSW turns into a network error.
 * @example
 * setupServer(...createMockRuntimeHandlers(runtime, { baseUrl: 'http://api.test/api/v1' }))
 */
export function createMockRuntimeHandlers(
  runtime: MockRuntime,
  { baseUrl }: MockRuntimeHandlersOptions,
): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await runtime.handle(request)
      } catch (error) {
        if (error instanceof ConnectionDroppedError) return Response.error()
        throw error
      }
    }),
  ]
}
