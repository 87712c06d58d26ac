import { parseChatCommands } from './chatCommands.ts'
import { applyLateFault, immediateFaultResponse, isImmediateFault } from './faults.ts'
import { contentText, parseExecuteBody } from './parseExecuteBody.ts'
import { invalidRequest, jsonResponse, sessionNotFound } from './responses.ts'
import { runExecution, type ExecutionRequest } from './runExecution.ts'
import { findSession, type RuntimeState, type SessionState } from './runtimeState.ts'
import { formatExecuteBody } from './shapes.ts'
import type { Fault } from './types.ts'

/** Runs `task` after every execution queued before it in the session (one at a time, in arrival order). */
function enqueue<T>(session: SessionState, task: () => Promise<T>): Promise<T> {
  session.pending += 1
  const run = session.tail.then(task).finally(() => {
    session.pending -= 1
  })
  session.tail = run.catch(() => undefined)
  return run
}

/** The one-shot fault of a `/fail` command: fires once per correlation id (else per session and text). */
function commandFault(state: RuntimeState, key: string, fault: Fault | undefined): Fault | undefined {
  if (!fault || state.firedCommands.has(key)) return undefined
  state.firedCommands.add(key)
  return fault
}

/** `POST /runtime/{id}/execute/`: validate, apply faults and chat commands, queue, execute, answer. */
export async function handleExecute(
  state: RuntimeState,
  sessionId: string,
  bodyText: string,
  injected: Fault | undefined,
  receivedAt: number,
): Promise<Response> {
  const session = findSession(state, sessionId)
  if (!session) return sessionNotFound()
  const body = parseExecuteBody(bodyText)
  if ('problem' in body) return invalidRequest(body.problem)

  const text = contentText(body.content)
  const commands = parseChatCommands(text)
  const key = body.correlationId ?? `${sessionId}\n${text}`
  const fault = injected ?? commandFault(state, key, commands.fault)
  if (fault && isImmediateFault(fault)) return immediateFaultResponse(state, fault, sessionId)!

  const request: ExecutionRequest = {
    body,
    text: commands.text,
    ...(fault ? { fault } : {}),
    ...(commands.slowMs === undefined ? {} : { slowMs: commands.slowMs }),
  }
  const outcome = await enqueue(session, () => runExecution(state, session, request))
  if (!outcome) return sessionNotFound()
  const { executeShape = 'tutorial', toolCallStyle = 'flat' } = state.options
  const response =
    fault?.kind === 'execution_failed'
      ? jsonResponse({ success: false, error: fault.reason ?? 'The agent failed to run.' })
      : jsonResponse(formatExecuteBody(executeShape, toolCallStyle, outcome))
  return applyLateFault(response, fault, receivedAt)
}
