import type { RuntimeErrorCode, RuntimeErrorInfo } from '../../client/types.ts'
import type { ChatLabels } from '../labels/ChatLabels.ts'

/** An action the banner may offer; it shows only when its callback is given too. */
export type ErrorAction = 'retry' | 'startNew' | 'edit' | 'dismiss'

/** How serious an error looks. */
export type ErrorTone = 'error' | 'warning' | 'info'

/** How one error code is shown. Texts come from the label catalog. */
export interface ErrorPresentation {
  readonly tone: ErrorTone
  /** Actions once the kit has given up recovering on its own. */
  readonly actions: readonly ErrorAction[]
  /** Actions while the kit still recovers on its own; absent when the code has no automatic recovery. */
  readonly recoveringActions?: readonly ErrorAction[]
  /** Shows a countdown to `retryAt` (rate limits). */
  readonly countdown: boolean
  readonly title: (labels: ChatLabels, error: RuntimeErrorInfo) => string
  readonly description: (labels: ChatLabels, error: RuntimeErrorInfo) => string
}

const title = (code: RuntimeErrorCode) => (labels: ChatLabels) => labels.errors[code].title
const description = (code: RuntimeErrorCode) => (labels: ChatLabels) => labels.errors[code].description
const plain = (
  code: RuntimeErrorCode,
  tone: ErrorTone,
  actions: readonly ErrorAction[],
  extra: Partial<ErrorPresentation> = {},
): ErrorPresentation => ({
  tone,
  actions,
  countdown: false,
  title: title(code),
  description: description(code),
  ...extra,
})

/** A string detail of the error (`details.tool`, `details.reason`), if present and not blank. */
export function detail(error: RuntimeErrorInfo, key: string): string | undefined {
  const value = error.details?.[key]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/**
 * One presentation per error code, as the design's errors-and-recovery table says. Exhaustive: a new code
 * breaks the build here, not the screen.
 */
export const errorPresentation: Readonly<Record<RuntimeErrorCode, ErrorPresentation>> = {
  unauthorized: plain('unauthorized', 'error', ['dismiss']),
  forbidden: plain('forbidden', 'error', ['dismiss']),
  session_not_found: plain('session_not_found', 'warning', ['startNew']),
  rate_limited: plain('rate_limited', 'warning', ['dismiss'], { countdown: true }),
  content_policy: plain('content_policy', 'error', ['edit', 'dismiss'], {
    description: (labels, error) => detail(error, 'reason') ?? labels.errors.content_policy.description,
  }),
  tool_failure: plain('tool_failure', 'warning', ['dismiss'], {
    title: (labels, error) => {
      const tool = detail(error, 'tool')
      return tool === undefined ? labels.errors.tool_failure.title : labels.toolFailedNamed(tool)
    },
  }),
  timeout: plain('timeout', 'warning', ['retry', 'dismiss'], { recoveringActions: [] }),
  invalid_request: plain('invalid_request', 'error', ['edit', 'dismiss']),
  payload_too_large: plain('payload_too_large', 'error', ['edit', 'dismiss']),
  server_error: plain('server_error', 'error', ['retry', 'dismiss'], { recoveringActions: [] }),
  network: plain('network', 'error', ['retry', 'dismiss'], { recoveringActions: [] }),
  aborted: plain('aborted', 'info', ['retry', 'dismiss']),
  invalid_response: plain('invalid_response', 'error', ['retry', 'dismiss']),
}

/** What the banner shows for one error, resolved against a catalog. */
export interface PresentedError {
  readonly tone: ErrorTone
  readonly title: string
  readonly description: string
  readonly actions: readonly ErrorAction[]
  readonly countdown: boolean
  /** Whether the recovering variant was chosen. */
  readonly recovering: boolean
}

/**
 * Resolve an error into the texts and actions to show. `recovering` picks the "Reconnecting…" /
 * "Still working…" variant for codes that recover on their own.
 * @example
 * const { title, actions } = presentError(error, en, { recovering: true })
 */
export function presentError(
  error: RuntimeErrorInfo,
  labels: ChatLabels,
  { recovering = false }: { readonly recovering?: boolean } = {},
): PresentedError {
  const presentation = errorPresentation[error.code]
  const texts = labels.errors[error.code]
  const isRecovering = recovering && presentation.recoveringActions !== undefined
  return {
    tone: presentation.tone,
    title: (isRecovering ? texts.recoveringTitle : undefined) ?? presentation.title(labels, error),
    description:
      (isRecovering ? texts.recoveringDescription : undefined) ?? presentation.description(labels, error),
    actions: isRecovering ? (presentation.recoveringActions ?? []) : presentation.actions,
    countdown: presentation.countdown,
    recovering: isRecovering,
  }
}
