import { idOf, type Output, type ToolCallSchema } from './schemas.ts'
import type { ToolCall } from './types.ts'

const parseJson = (value: unknown): unknown => {
  try {
    return typeof value === 'string' ? JSON.parse(value) : value
  } catch {
    return value
  }
}

/**
 * Normalizes one tool call, OpenAI style (`function.name`, JSON `function.arguments`) or flat
 * (`name`, `args|arguments|input`, `result|output`, `status`, `error`, `duration_ms`).
 */
export function parseToolCall(raw: Output<typeof ToolCallSchema>, fallbackId: string): ToolCall {
  const fn = raw.function
  const result = raw.result ?? raw.output ?? undefined
  const failure = raw.error
  const error = failure
    ? typeof failure === 'string'
      ? failure
      : ((failure as { message?: string }).message ?? 'Tool failed')
    : undefined
  const status = raw.status ?? ''
  return {
    id: idOf(raw.id) ?? fallbackId,
    name: fn?.name ?? raw.name ?? 'unknown',
    args: parseJson(fn ? fn.arguments : (raw.args ?? raw.arguments ?? raw.input)),
    result,
    status:
      /^(failed|error)$/i.test(status) || error
        ? 'failed'
        : result === undefined && /^(running|pending|in_progress)$/i.test(status)
          ? 'running'
          : 'succeeded',
    error,
    durationMs: raw.duration_ms ?? undefined,
    raw,
  }
}
