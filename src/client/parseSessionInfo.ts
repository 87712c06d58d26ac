import { idOf, looseObject, optionalString, parseWith, toMs } from './schemas.ts'
import { createError } from './toRuntimeError.ts'
import type { SessionInfo } from './types.ts'

const SessionSchema = looseObject({
  config_hash: optionalString,
  agent_key: optionalString,
  status: optionalString,
})

/** Normalizes a created or fetched session (`POST /sessions/`, from-agent, `GET /sessions/{id}/`). */
export function parseSessionInfo(body: unknown): SessionInfo {
  const s = parseWith(SessionSchema, body)
  const sessionId = idOf(s.session_id ?? s.id)
  if (!sessionId) throw createError('invalid_response', 'No session id')
  return {
    sessionId,
    configHash: s.config_hash ?? undefined,
    agentId: idOf(s.agent_id),
    agentKey: s.agent_key ?? undefined,
    createdAt: toMs(s.created_at),
    status: s.status ?? undefined,
    raw: body,
  }
}
