import { detailResponse, invalidRequest, jsonResponse } from './responses.ts'
import { addSession, type RuntimeState, type SessionState } from './runtimeState.ts'

function sessionJson(session: SessionState): Record<string, unknown> {
  return {
    session_id: session.id,
    config_hash: session.configHash,
    created_at: new Date(session.createdAt).toISOString(),
    status: session.pending > 0 ? 'processing' : 'active',
    agent_config: session.config,
  }
}

/** `POST /sessions/`: any JSON object is accepted as the inline config. */
export function handleCreateSession(state: RuntimeState, bodyText: string): Response {
  let config: unknown
  try {
    config = JSON.parse(bodyText)
  } catch {
    return invalidRequest(
      'The request body is not valid JSON (YAML is not supported by the reference runtime).',
    )
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config))
    return invalidRequest('The body must be an agent configuration object.')
  const session = addSession(state, { config: config as Record<string, unknown> })
  return jsonResponse({ success: true, session_id: session.id, config_hash: session.configHash }, 201)
}

/** `GET /sessions/from-agent/?agent_key=`: any key is accepted. */
export function handleSessionFromAgentKey(state: RuntimeState, params: URLSearchParams): Response {
  const agentKey = params.get('agent_key')
  if (!agentKey) return invalidRequest('agent_key is required.')
  const session = addSession(state, { agentKey })
  return jsonResponse({
    session_id: session.id,
    agent_key: agentKey,
    created_at: new Date(session.createdAt).toISOString(),
  })
}

/** `POST /sessions/from-agent/{agent_id}/`: any id is accepted. */
export function handleSessionFromAgentId(state: RuntimeState, agentId: string): Response {
  const session = addSession(state, { agentId })
  return jsonResponse(
    { success: true, session_id: session.id, agent_id: agentId, config_hash: session.configHash },
    201,
  )
}

/** `GET /sessions/{id}/`. */
export function handleGetSession(state: RuntimeState, sessionId: string): Response {
  const session = state.sessions.get(sessionId)
  return session ? jsonResponse(sessionJson(session)) : detailResponse(404, 'Not found.')
}

/** `GET /sessions/`: a bare array (the real shape is undocumented). */
export function handleListSessions(state: RuntimeState): Response {
  return jsonResponse([...state.sessions.values()].map(sessionJson))
}
