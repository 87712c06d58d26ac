import type { RuntimeErrorCode } from '../client/types.ts'

/**
 * What happens to a message whose send failed with one error code. The one place where recovery is decided:
 * a new code breaks the build here, not the screen.
 */
export interface RecoveryPolicy {
  /**
   * What the message becomes: `queued` (nothing reached the server, it is resent), `unknown` (it may have
   * reached the server: the history is read before anything is resent) or `failed` (it waits for the user).
   */
  readonly delivery: 'queued' | 'unknown' | 'failed'
  /** Automatic resend: after `Retry-After`, after a backoff with jitter, or never. */
  readonly resend: 'retry_after' | 'backoff' | 'never'
  /** Automatic sends of one message before it fails for the user to retry. */
  readonly maxAttempts: number
  /** Reads (history, status) with this error may be retried. */
  readonly retryRead: boolean
  /** Worth an error banner. */
  readonly banner: boolean
  /** The session cannot take messages any more ("This conversation has ended"). */
  readonly endsSession: boolean
}

const userFixes = {
  delivery: 'failed',
  resend: 'never',
  maxAttempts: 1,
  retryRead: false,
  banner: true,
  endsSession: false,
} as const satisfies RecoveryPolicy

/** The recovery rule of every error code (design.md, "Errors and recovery"). */
export const recoveryPolicy: Readonly<Record<RuntimeErrorCode, RecoveryPolicy>> = {
  rate_limited: { ...userFixes, delivery: 'queued', resend: 'retry_after', maxAttempts: 6, retryRead: true },
  network: { ...userFixes, delivery: 'unknown', resend: 'backoff', maxAttempts: 4, retryRead: true },
  server_error: { ...userFixes, delivery: 'unknown', resend: 'backoff', maxAttempts: 4, retryRead: true },
  timeout: { ...userFixes, delivery: 'unknown', retryRead: true },
  invalid_response: { ...userFixes, delivery: 'unknown' },
  tool_failure: { ...userFixes, delivery: 'unknown' },
  aborted: { ...userFixes, delivery: 'unknown', banner: false },
  session_not_found: { ...userFixes, endsSession: true },
  content_policy: userFixes,
  unauthorized: userFixes,
  forbidden: userFixes,
  invalid_request: userFixes,
  payload_too_large: userFixes,
}

/** Backoff before automatic resend number `attempt` (1-based): exponential from 1 s, capped at 30 s, with jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1))
  return Math.round(base * (0.5 + random() / 2))
}

/** A `retry` function for queries: retry reads twice when the code allows it. */
export function retryRead(failureCount: number, error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  const policy = typeof code === 'string' ? recoveryPolicy[code as RuntimeErrorCode] : undefined
  return (policy?.retryRead ?? false) && failureCount < 2
}
