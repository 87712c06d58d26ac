import { describeError, isContentPolicy } from './describeError.ts'
import { parseMessage } from './parseMessage.ts'
import {
  MessageSchema,
  ToolCallsSchema,
  array,
  idOf,
  looseObject,
  nullish,
  optionalNumber,
  optionalString,
  parseWith,
} from './schemas.ts'
import { createError } from './toRuntimeError.ts'
import type { ExecuteResult } from './types.ts'

const ExecuteSchema = looseObject({
  session_id: optionalString,
  status: optionalString,
  correlation_id: optionalString,
  execution_time: optionalNumber,
  messages: nullish(array(MessageSchema)),
  response: nullish(looseObject({ tool_calls: ToolCallsSchema })),
  metadata: nullish(
    looseObject({
      correlation_id: optionalString,
      execution_id: optionalString,
      usage: nullish(looseObject({ input_tokens: optionalNumber, output_tokens: optionalNumber })),
    }),
  ),
})

/**
 * Normalizes an execute response in any documented shape (A reference, B tutorial, C getting-started).
 * Throws `invalid_response` for an unknown shape; for a failed execution (`success: false`, status `error`,
 * `failed` or `timeout`) `content_policy`, `timeout` or `server_error`, each with `details.executionFailed`.
 */
export function parseExecuteResult(body: unknown): ExecuteResult {
  const r = parseWith(ExecuteSchema, body)
  const { metadata: meta, response, messages = response && [{ ...response, id: r.message_id }] } = r
  const correlationId = r.correlation_id ?? meta?.correlation_id ?? undefined
  const s = r.status ?? (r.success === false ? 'error' : 'completed')
  const failed = /^(error|failed)$/.test(s)
  const problem = describeError(r.error ?? meta?.error ?? r)
  if (!messages && r.success == null && !r.status)
    throw createError('invalid_response', 'Not an execute result')
  if (failed && isContentPolicy(problem)) {
    throw createError('content_policy', problem.message ?? 'Content policy', {
      correlationId,
      details: { type: problem.type, ...(problem.message ? { reason: problem.message } : {}) },
    })
  }
  // The request reached the server and ran, but produced no answer: an error the user sees, never a delivery.
  const ran = { executionFailed: true, ...(problem.type ? { type: problem.type } : {}) }
  if (s === 'timeout') {
    throw createError('timeout', problem.message ?? 'Execution timed out', {
      retryable: false,
      correlationId,
      details: ran,
    })
  }
  if (failed) {
    throw createError('server_error', problem.message ?? 'The execution failed', {
      retryable: false,
      correlationId,
      details: { ...ran, ...(problem.message ? { reason: problem.message } : {}) },
    })
  }
  const parsed = (messages ?? []).map((message, index) =>
    parseMessage(message, `${correlationId ?? 'reply'}-${index}`),
  )
  const usage = meta?.usage
  return {
    sessionId: r.session_id ?? idOf(r.id),
    status: failed ? 'error' : 'completed',
    messages: parsed,
    reply: parsed.findLast((message) => message.role === 'assistant'),
    toolCalls: parsed.flatMap((message) => message.toolCalls),
    correlationId,
    executionId: meta?.execution_id ?? undefined,
    executionTimeMs: r.execution_time == null ? undefined : Math.round(r.execution_time * 1000),
    usage: usage
      ? { inputTokens: usage.input_tokens ?? undefined, outputTokens: usage.output_tokens ?? undefined }
      : undefined,
    raw: body,
  }
}
