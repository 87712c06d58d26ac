import type { RuntimeProxyRoute, RuntimeProxyRouteName } from './types.ts'

/** Which option opens a route that is closed by default. */
export type RouteGate = 'allowSessionCreation' | 'allowFileUpload'

interface RouteDefinition {
  readonly name: RuntimeProxyRouteName
  readonly method: 'GET' | 'POST'
  /** Literal segments, or `null` for an id. */
  readonly pattern: readonly (string | null)[]
  /** Query parameters kept; every other one is dropped. */
  readonly query: readonly string[]
  readonly gate?: RouteGate
  /** The id must hold a digit, so that a word (`sessions/agents`) is not taken for an id. */
  readonly strictId?: boolean
}

/** The result of matching a request's path and method against the allowlist. */
export type RouteMatch =
  | { readonly kind: 'route'; readonly route: RuntimeProxyRoute; readonly definition: RouteDefinition }
  | { readonly kind: 'method'; readonly allow: string }
  | { readonly kind: 'none' }

const sessions = 'allowSessionCreation'

// Order matters: the literal `from-agent` comes before `sessions/{id}`.
const ROUTES: readonly RouteDefinition[] = [
  { name: 'execute', method: 'POST', pattern: ['runtime', null, 'execute'], query: [] },
  { name: 'messages', method: 'GET', pattern: ['runtime', null, 'messages'], query: ['limit', 'offset'] },
  { name: 'status', method: 'GET', pattern: ['runtime', null, 'status'], query: [] },
  {
    name: 'createSessionFromAgentKey',
    method: 'GET',
    pattern: ['sessions', 'from-agent'],
    query: ['agent_key'],
    gate: sessions,
  },
  {
    name: 'createSessionFromAgent',
    method: 'POST',
    pattern: ['sessions', 'from-agent', null],
    query: [],
    gate: sessions,
  },
  { name: 'session', method: 'GET', pattern: ['sessions', null], query: [], strictId: true },
  { name: 'createSession', method: 'POST', pattern: ['sessions'], query: [], gate: sessions },
  { name: 'uploadFile', method: 'POST', pattern: ['files'], query: [], gate: 'allowFileUpload' },
]

/** Opaque ids, but never `.`/`..` nor percent-encoded (an encoded slash or dot would reach the API decoded). */
const ID = /^(?!\.{1,2}$)[\w.~:-]{1,200}$/
const STRICT_ID = /\d/

function matches(definition: RouteDefinition, segments: readonly string[]): boolean {
  const { pattern } = definition
  return (
    pattern.length === segments.length &&
    pattern.every((part, index) => {
      const segment = segments[index] ?? ''
      if (part !== null) return part === segment
      return ID.test(segment) && (!definition.strictId || STRICT_ID.test(segment))
    })
  )
}

/** Finds the allowed endpoint for a method and the path segments after the base path. */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch {
  const candidates = ROUTES.filter((definition) => matches(definition, segments))
  const definition = candidates.find((candidate) => candidate.method === method)
  if (!definition) {
    if (candidates.length === 0) return { kind: 'none' }
    return { kind: 'method', allow: [...new Set(candidates.map((c) => c.method)), 'OPTIONS'].join(', ') }
  }
  const { name, pattern } = definition
  const route: RuntimeProxyRoute =
    name === 'createSessionFromAgent'
      ? { name, agentId: segments[2] }
      : pattern[1] === null
        ? { name, sessionId: segments[1] }
        : { name }
  return { kind: 'route', route, definition }
}
