import { attachmentsOf } from './attachmentsOf.ts'
import type { StoredMessage } from './history.ts'
import type { ExecuteBody } from './parseExecuteBody.ts'
import { sleep } from './random.ts'
import { nextId, type RuntimeState, type SessionState } from './runtimeState.ts'
import { scriptedAgent } from './scriptedAgent.ts'
import type { ExecutionOutcome } from './shapes.ts'
import type { Fault } from './types.ts'

/** What one execute asks the runtime to do. */
export interface ExecutionRequest {
  readonly body: ExecuteBody
  /** The message text without chat commands. */
  readonly text: string
  readonly fault?: Fault
  readonly slowMs?: number
}

function latencyOf(state: RuntimeState): number {
  const latency = state.options.latencyMs ?? 300
  if (typeof latency === 'number') return latency
  const [min, max] = latency
  return Math.round(min + (max - min) * state.random())
}

const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4))

/**
 * Runs one execute in its session: records it, adds the user message to the history at once, waits the
 * latency, asks the scripted agent, adds the reply. `undefined` when the session was deleted while queued.
 */
export async function runExecution(
  state: RuntimeState,
  session: SessionState,
  request: ExecutionRequest,
): Promise<ExecutionOutcome | undefined> {
  if (state.sessions.get(session.id) !== session) return undefined
  const { body, fault } = request
  const startedAt = state.now()
  const record: (typeof state.executions)[number] = {
    sessionId: session.id,
    ...(body.correlationId === undefined ? {} : { correlationId: body.correlationId }),
    content: body.content,
    startedAt,
  }
  state.executions.push(record)
  session.history.messages.push({
    id: nextId(state, 'msg'),
    role: 'user',
    content: body.content,
    createdAt: startedAt,
    ...(body.correlationId === undefined ? {} : { correlationId: body.correlationId }),
  })
  session.lastActivity = startedAt

  await sleep(request.slowMs ?? latencyOf(state))

  const messages: StoredMessage[] = []
  let output = ''
  if (fault?.kind !== 'execution_timeout' && fault?.kind !== 'execution_failed') {
    const reply = scriptedAgent({
      text: request.text,
      ...attachmentsOf(body.content, state.files),
      ...(body.inputs ? { inputs: body.inputs } : {}),
      ...(fault?.kind === 'tool_failure' ? { failTool: fault.tool ?? 'web_search' } : {}),
    })
    const messageId = nextId(state, 'msg')
    const toolCalls = reply.toolCalls.map((call, index) => ({
      ...call,
      id: `call_${messageId}_${index + 1}`,
    }))
    messages.push({
      id: messageId,
      role: 'assistant',
      content: reply.text,
      createdAt: state.now(),
      ...(toolCalls.length > 0 ? { toolCalls } : {}),
    })
    output = reply.text
  }
  session.history.messages.push(...messages)
  const finishedAt = state.now()
  record.finishedAt = finishedAt
  session.lastActivity = finishedAt
  return {
    sessionId: session.id,
    status: fault?.kind === 'execution_timeout' ? 'timeout' : 'completed',
    messages,
    ...(body.correlationId === undefined ? {} : { correlationId: body.correlationId }),
    executionId: nextId(state, 'exec'),
    startedAt,
    finishedAt,
    usage: { inputTokens: tokens(JSON.stringify(body.content)), outputTokens: output ? tokens(output) : 0 },
  }
}
