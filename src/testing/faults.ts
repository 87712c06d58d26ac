import { ConnectionDroppedError } from './ConnectionDroppedError.ts'
import { detailResponse, errorResponse, htmlBadGateway, sessionNotFound, textResponse } from './responses.ts'
import { sleep } from './random.ts'
import type { EndpointGroup } from './routeRequest.ts'
import type { RuntimeState } from './runtimeState.ts'
import type { Fault, FaultTarget } from './types.ts'

/** Faults answered before anything runs: the request is not executed. */
const IMMEDIATE = new Set<Fault['kind']>([
  'rate_limit',
  'session_not_found',
  'server_error',
  'content_policy',
  'html_error',
])

/** Faults that only make sense for an execute. */
const EXECUTE_ONLY = new Set<Fault['kind']>([
  'tool_failure',
  'execution_timeout',
  'execution_failed',
  'content_policy',
])

/** `true` for a fault answered before the request runs. */
export function isImmediateFault(fault: Fault): boolean {
  return IMMEDIATE.has(fault.kind)
}

/** Adds a fault; returns a function that removes it. */
export function addFault(state: RuntimeState, fault: Fault, target: FaultTarget = {}): () => void {
  const entry = { fault, target, remaining: target.times ?? 1 }
  state.faults.push(entry)
  return () => {
    state.faults = state.faults.filter((candidate) => candidate !== entry)
  }
}

/** Takes (uses up one hit of) the first injected fault that targets this request. */
export function takeFault(
  state: RuntimeState,
  endpoint: EndpointGroup,
  sessionId: string | undefined,
): Fault | undefined {
  const entry = state.faults.find(({ fault, target }) => {
    const wanted = target.endpoint ?? 'execute'
    if (wanted !== 'any' && wanted !== endpoint) return false
    if (endpoint !== 'execute' && EXECUTE_ONLY.has(fault.kind)) return false
    return target.sessionId === undefined || target.sessionId === sessionId
  })
  if (!entry) return undefined
  entry.remaining -= 1
  if (entry.remaining <= 0) state.faults = state.faults.filter((candidate) => candidate !== entry)
  return entry.fault
}

function retryAfter(state: RuntimeState, seconds: number, asDate?: boolean): string {
  if (!asDate) return String(seconds)
  // HTTP dates have whole seconds: round up so the client never resends too early.
  return new Date(Math.ceil((state.now() + seconds * 1000) / 1000) * 1000).toUTCString()
}

/**
 * The response of an immediate fault. Shapes: 429 and 502 in the `error` envelope, 500 as `detail`,
 * 503 as plain text, 404 as `detail` (and the session is deleted), content policy as a 400 envelope.
 */
export function immediateFaultResponse(
  state: RuntimeState,
  fault: Fault,
  sessionId: string | undefined,
): Response | undefined {
  switch (fault.kind) {
    case 'rate_limit':
      return errorResponse(429, 'rate_limit_error', 'Too many requests. Please slow down.', {
        'retry-after': retryAfter(state, fault.retryAfterSeconds, fault.asDate),
      })
    case 'session_not_found':
      if (sessionId !== undefined) state.sessions.delete(sessionId)
      return sessionNotFound()
    case 'server_error': {
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) }
      if (fault.status === 502)
        return errorResponse(502, 'api_error', 'Upstream agent service failed.', headers)
      if (fault.status === 503) return textResponse(503, 'Service temporarily unavailable.', headers)
      return detailResponse(500, 'A server error occurred.', headers)
    }
    case 'content_policy':
      return errorResponse(
        400,
        'content_policy_violation',
        fault.reason ?? 'The message was blocked by the content policy.',
      )
    case 'html_error':
      return htmlBadGateway()
    default:
      return undefined
  }
}

/** Applies a fault that acts on a finished response: `hang`, `malformed_json`, `drop_connection`. */
export async function applyLateFault(
  response: Response,
  fault: Fault | undefined,
  receivedAt: number,
): Promise<Response> {
  if (fault?.kind === 'hang') await sleep(receivedAt + fault.ms - Date.now())
  if (fault?.kind === 'drop_connection') throw new ConnectionDroppedError()
  if (fault?.kind === 'malformed_json') {
    const text = await response.text()
    return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  }
  return response
}
