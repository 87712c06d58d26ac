import { checkApiKey } from './checkApiKey.ts'
import { applyLateFault, immediateFaultResponse, isImmediateFault, takeFault } from './faults.ts'
import { handleExecute } from './handleExecute.ts'
import { handleGetFile, handleListFiles, handleUploadFile } from './handleFiles.ts'
import { handleMessages, handleStatus, methodNotAllowed } from './handleRuntimeReads.ts'
import {
  handleCreateSession,
  handleGetSession,
  handleListSessions,
  handleSessionFromAgentId,
  handleSessionFromAgentKey,
} from './handleSessions.ts'
import { sleep } from './random.ts'
import { detailResponse } from './responses.ts'
import { endpointGroup, routeRequest, type Route } from './routeRequest.ts'
import { nextId, type RuntimeState } from './runtimeState.ts'
import type { Fault } from './types.ts'

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024

function tooLarge(state: RuntimeState, request: Request): boolean {
  const length = Number(request.headers.get('content-length') ?? 0)
  return length > (state.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
}

async function readText(state: RuntimeState, request: Request): Promise<string | undefined> {
  const bytes = await request.arrayBuffer()
  if (bytes.byteLength > (state.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) return undefined
  return new TextDecoder().decode(bytes)
}

async function dispatch(
  state: RuntimeState,
  route: Route,
  request: Request,
  fault: Fault | undefined,
  receivedAt: number,
): Promise<Response> {
  const url = new URL(request.url)
  const needsBody = route.kind === 'execute' || route.kind === 'createSession'
  const text = needsBody ? await readText(state, request) : ''
  if (text === undefined) return detailResponse(413, 'Request body is too large.')
  switch (route.kind) {
    case 'execute':
      return handleExecute(state, route.sessionId, text, fault, receivedAt)
    case 'messages':
      return handleMessages(state, route.sessionId, url.searchParams)
    case 'status':
      return handleStatus(state, route.sessionId)
    case 'createSession':
      return handleCreateSession(state, text)
    case 'listSessions':
      return handleListSessions(state)
    case 'sessionFromAgentKey':
      return handleSessionFromAgentKey(state, url.searchParams)
    case 'sessionFromAgentId':
      return handleSessionFromAgentId(state, route.agentId)
    case 'getSession':
      return handleGetSession(state, route.sessionId)
    case 'uploadFile':
      return handleUploadFile(state, request)
    case 'listFiles':
      return handleListFiles(state)
    case 'getFile':
      return handleGetFile(state, route.fileId)
    case 'methodNotAllowed':
      return methodNotAllowed(request.method, route.allow)
    case 'notFound':
      return detailResponse(404, 'Not found.')
    default:
      return route satisfies never
  }
}

async function serve(state: RuntimeState, request: Request): Promise<Response> {
  const receivedAt = Date.now()
  const route = routeRequest(request.method, new URL(request.url))
  const endpoint = endpointGroup(route)
  state.requestCounts[endpoint] += 1
  if (request.method === 'OPTIONS') return new Response(null, { status: 204 })
  const denied = checkApiKey(state.options.apiKeys, request.headers.get('x-api-key'))
  if (denied) return denied
  if (tooLarge(state, request)) return detailResponse(413, 'Request body is too large.')
  if (endpoint !== 'execute') await sleep(state.options.readLatencyMs ?? 0)

  const sessionId = 'sessionId' in route ? route.sessionId : undefined
  const fault = route.kind === 'notFound' ? undefined : takeFault(state, endpoint, sessionId)
  if (fault && isImmediateFault(fault)) return immediateFaultResponse(state, fault, sessionId)!
  const response = await dispatch(state, route, request, fault, receivedAt)
  // The execute handler applies its own late faults (they may also come from a chat command).
  return endpoint === 'execute' ? response : applyLateFault(response, fault, receivedAt)
}

/**
 * Serves one request against the runtime's state; every response carries an `x-request-id` and a `Date` on
 * the runtime's clock (its `now` option), so a client can learn the offset.
 */
export async function serveRequest(state: RuntimeState, request: Request): Promise<Response> {
  const response = await serve(state, request)
  response.headers.set('x-request-id', nextId(state, 'req'))
  response.headers.set('date', new Date(state.now()).toUTCString())
  return response
}
