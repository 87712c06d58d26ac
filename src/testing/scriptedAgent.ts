import { GREETING_REPLY, LONG_REPLY, MARKDOWN_REPLY, toolReply } from './agentReplies.ts'
import { failToolCall, planToolCall, type PlannedToolCall } from './agentTools.ts'

/** An attachment of the user's message, as the agent sees it. */
export interface AgentAttachment {
  readonly name?: string
  readonly type?: string
}

/** What the scripted agent reads. */
export interface AgentInput {
  /** The text of the message (text blocks joined), without chat commands. */
  readonly text: string
  readonly images: readonly AgentAttachment[]
  readonly files: readonly AgentAttachment[]
  readonly inputs?: Readonly<Record<string, unknown>>
  /** Make a tool call fail (fault `tool_failure`): this tool, or the one the agent would have used. */
  readonly failTool?: string
}

/** What the scripted agent answers. */
export interface AgentReply {
  readonly text: string
  readonly toolCalls: readonly PlannedToolCall[]
}

function describe(count: number, noun: string, items: readonly AgentAttachment[]): string {
  const names = items.map((item) => item.name ?? item.type ?? 'unnamed').join(', ')
  return `${count} ${noun}${count === 1 ? '' : 's'} (${names})`
}

/**
 * The deterministic scripted agent. Every reply starts by quoting the first 80 characters of the user's text,
 * so tests can tell replies apart; then it acknowledges attachments and inputs, uses a tool when asked, or
 * answers a greeting, `long`, or (by default) with a markdown sample.
 */
export function scriptedAgent(input: AgentInput): AgentReply {
  const text = input.text.replace(/\s+/g, ' ').trim()
  const parts: string[] = []
  if (text !== '') parts.push(`> ${text.slice(0, 80)}${text.length > 80 ? '…' : ''}`)
  if (input.images.length > 0)
    parts.push(`I can see ${describe(input.images.length, 'image', input.images)}.`)
  if (input.files.length > 0) parts.push(`I received ${describe(input.files.length, 'file', input.files)}.`)
  const inputNames = Object.keys(input.inputs ?? {})
  if (inputNames.length > 0) parts.push(`Inputs: ${inputNames.map((name) => `\`${name}\``).join(', ')}.`)

  let call = planToolCall(text)
  if (input.failTool !== undefined) call = failToolCall(call, input.failTool, text)
  if (call) parts.push(toolReply(call))
  else if (/^(hi|hello|hey|good (morning|afternoon|evening))\b/i.test(text)) parts.push(GREETING_REPLY)
  else if (/\blong\b/i.test(text)) parts.push(LONG_REPLY)
  else if (text !== '' || parts.length === 0) parts.push(MARKDOWN_REPLY)
  return { text: parts.join('\n\n'), toolCalls: call ? [call] : [] }
}
