import type { RuntimeErrorInfo } from '../client/types.ts'
import { recoveryPolicy } from './recoveryPolicy.ts'
import type { ChatMessage, OutboxEntry } from './types.ts'

/** An error worth a banner, with an id that is stable while the same error lasts (for dismissing it). */
export interface BannerError {
  readonly id: string
  readonly error: RuntimeErrorInfo
}

/** What `pickBannerError` looks at. */
export interface BannerSources {
  /** Failed reads (history, status, session creation), with when they failed. */
  readonly queryErrors?: readonly { readonly error: RuntimeErrorInfo; readonly at: number }[]
  readonly entries?: readonly OutboxEntry[]
  /** The thread, for a failed tool in the last reply. */
  readonly messages?: readonly ChatMessage[]
  /** Ids of dismissed errors. */
  readonly dismissed?: readonly string[]
}

function lastToolFailure(messages: readonly ChatMessage[]): BannerError | undefined {
  const reply = messages.findLast((message) => message.role === 'assistant')
  const tool = reply?.toolCalls.find((call) => call.status === 'failed')
  if (reply === undefined || tool === undefined) return undefined
  const message = tool.error ?? `The tool "${tool.name}" failed.`
  const error: RuntimeErrorInfo = {
    code: 'tool_failure',
    message,
    retryable: false,
    details: { tool: tool.name },
  }
  return { id: `tool:${reply.key}:${tool.id}`, error }
}

/**
 * The one error to show in the banner: a failed read first (the session ended, a configuration error), then the
 * oldest message with a banner-worthy error, then a failed tool in the last reply; dismissed ones are skipped.
 */
export function pickBannerError(sources: BannerSources): BannerError | undefined {
  const candidates: BannerError[] = []
  for (const { error, at } of sources.queryErrors ?? []) {
    candidates.push({ id: `query:${error.code}:${at}`, error })
  }
  for (const entry of sources.entries ?? []) {
    const { delivery } = entry
    const error = delivery.status === 'sending' || delivery.status === 'sent' ? undefined : delivery.error
    if (error) candidates.push({ id: `message:${entry.correlationId}:${entry.updatedAt}`, error })
  }
  const tool = lastToolFailure(sources.messages ?? [])
  if (tool) candidates.push(tool)
  const dismissed = new Set(sources.dismissed ?? [])
  return candidates.find(({ id, error }) => recoveryPolicy[error.code].banner && !dismissed.has(id))
}
