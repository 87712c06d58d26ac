import { historyLength, historySlice, toHistoryJson } from './history.ts'
import { detailResponse, invalidRequest, jsonResponse, sessionNotFound } from './responses.ts'
import { findSession, type RuntimeState } from './runtimeState.ts'

/** Largest `limit` the messages endpoint honours; larger values are clamped. */
export const MAX_PAGE_SIZE = 1000

function integerParam(params: URLSearchParams, name: string, fallback: number): number | undefined {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  return /^\d+$/.test(raw) ? Number(raw) : undefined
}

/** `GET /runtime/{id}/messages/?limit&offset`: offset from the oldest message, oldest first. */
export function handleMessages(state: RuntimeState, sessionId: string, params: URLSearchParams): Response {
  const session = findSession(state, sessionId)
  if (!session) return sessionNotFound()
  const limit = integerParam(params, 'limit', 50)
  const offset = integerParam(params, 'offset', 0)
  if (limit === undefined || offset === undefined)
    return invalidRequest('limit and offset must be non-negative integers.')
  const pageSize = Math.min(limit, MAX_PAGE_SIZE)
  const total = historyLength(session.history)
  const { toolCallStyle = 'flat', historyCorrelationIds = false } = state.options
  const messages = historySlice(session.history, offset, pageSize).map((message) =>
    toHistoryJson(message, toolCallStyle, historyCorrelationIds),
  )
  return jsonResponse({ messages, total, has_more: offset + messages.length < total })
}

/** `GET /runtime/{id}/status/`: `processing` while an execute runs or waits in the session's queue. */
export function handleStatus(state: RuntimeState, sessionId: string): Response {
  const session = findSession(state, sessionId)
  if (!session) return sessionNotFound()
  return jsonResponse({
    session_id: session.id,
    status: session.pending > 0 ? 'processing' : 'active',
    message_count: historyLength(session.history),
    last_activity: new Date(session.lastActivity).toISOString(),
    created_at: new Date(session.createdAt).toISOString(),
    health: 'healthy',
  })
}

/** A 405 in the framework's default shape. */
export function methodNotAllowed(method: string, allow: string): Response {
  return detailResponse(405, `Method "${method}" not allowed.`, { allow: `${allow}, OPTIONS` })
}
