import { looseObject, optionalNumber, optionalString, parseWith, string, toMs } from './schemas.ts'
import type { SessionStatus } from './types.ts'

const StatusSchema = looseObject({
  session_id: optionalString,
  status: string,
  message_count: optionalNumber,
  health: optionalString,
})

/** Normalizes `GET /runtime/{id}/status/`; `sessionId` is used when the body has none. */
export function parseSessionStatus(body: unknown, sessionId = ''): SessionStatus {
  const { session_id, status, message_count, health, last_activity, created_at } = parseWith(
    StatusSchema,
    body,
  )
  return {
    sessionId: session_id ?? sessionId,
    status,
    isProcessing: status === 'processing',
    messageCount: message_count ?? undefined,
    lastActivity: toMs(last_activity),
    createdAt: toMs(created_at),
    health: health ?? undefined,
    raw: body,
  }
}
