import type { StoredMessage, StoredToolCall } from './history.ts'
import type { ExecuteShape, ToolCallStyle } from './types.ts'

/** What one execution produced, before it is written in one of the documented shapes. */
export interface ExecutionOutcome {
  readonly sessionId: string
  readonly status: 'completed' | 'timeout'
  /** The new assistant messages (not the user's, not the whole history). */
  readonly messages: readonly StoredMessage[]
  readonly correlationId?: string
  readonly executionId: string
  readonly startedAt: number
  readonly finishedAt: number
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number }
}

/**
 * A tool call in one of the two styles of spec §12. OpenAI style has no status or result field: a failure
 * is shown by an added `error`, a result only in the reply text.
 */
export function formatToolCall(style: ToolCallStyle, call: StoredToolCall): Record<string, unknown> {
  if (style === 'openai') {
    return {
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.args) },
      ...(call.error === undefined ? {} : { error: call.error }),
    }
  }
  return {
    id: call.id,
    name: call.name,
    args: call.args,
    status: call.error === undefined ? 'completed' : 'failed',
    ...(call.result === undefined ? {} : { result: call.result }),
    ...(call.error === undefined ? {} : { error: call.error }),
    duration_ms: call.durationMs,
  }
}

const seconds = (ms: number) => Math.floor(ms / 1000)

function toolCallsOf(message: StoredMessage, style: ToolCallStyle): Record<string, unknown>[] {
  return (message.toolCalls ?? []).map((call) => formatToolCall(style, call))
}

/** A new message in shape B (Unix-second `created_at`) or C (ISO `created_at`). */
function resultMessage(message: StoredMessage, style: ToolCallStyle, iso: boolean): Record<string, unknown> {
  const toolCalls = toolCallsOf(message, style)
  return {
    id: message.id,
    role: message.role,
    content: message.content,
    created_at: iso ? new Date(message.createdAt).toISOString() : seconds(message.createdAt),
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  }
}

function metadataOf(outcome: ExecutionOutcome): Record<string, unknown> {
  return {
    correlation_id: outcome.correlationId ?? null,
    event_count: 2 + outcome.messages.reduce((count, m) => count + (m.toolCalls?.length ?? 0) * 2, 0),
    execution_id: outcome.executionId,
    usage: { input_tokens: outcome.usage.inputTokens, output_tokens: outcome.usage.outputTokens },
  }
}

/** The execute response body in the chosen documented shape (spec §3.1 A, B or C). */
export function formatExecuteBody(
  shape: ExecuteShape,
  style: ToolCallStyle,
  outcome: ExecutionOutcome,
): Record<string, unknown> {
  const executionTime = Math.round(outcome.finishedAt - outcome.startedAt) / 1000
  if (shape === 'reference') {
    const reply = outcome.messages.at(-1)
    return {
      success: outcome.status === 'completed',
      message_id: reply?.id ?? null,
      response: {
        content: typeof reply?.content === 'string' ? reply.content : '',
        tool_calls: outcome.messages.flatMap((message) => toolCallsOf(message, style)),
      },
      correlation_id: outcome.correlationId ?? null,
      ...(outcome.status === 'completed' ? {} : { status: outcome.status }),
    }
  }
  if (shape === 'getting-started') {
    return {
      type: 'execution_result',
      client_type: 'backend',
      session_id: outcome.sessionId,
      status: outcome.status,
      execution_time: executionTime,
      messages: outcome.messages.map((message) => resultMessage(message, style, true)),
      metadata: metadataOf(outcome),
    }
  }
  return {
    id: outcome.sessionId,
    object: 'agent.session',
    status: outcome.status,
    created_at: seconds(outcome.startedAt),
    completed_at: seconds(outcome.finishedAt),
    config: {},
    messages: outcome.messages.map((message) => resultMessage(message, style, false)),
    execution_time: executionTime,
    metadata: metadataOf(outcome),
  }
}
