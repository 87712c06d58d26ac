import type { RuntimeErrorCode } from '../client/types.ts'
import { recoveryPolicy } from './recoveryPolicy.ts'

/** What decides how often the session status is read. */
export interface StatusPollInput {
  /** A message of the session is in flight or its delivery is unknown. */
  readonly working: boolean
  /** The last status said `processing`. */
  readonly processing: boolean
  /** The code of the last failed read, if it failed. */
  readonly errorCode?: RuntimeErrorCode
  /** Interval while idle, or `false` for none. */
  readonly idleMs: number | false
  /** Interval while working. */
  readonly busyMs: number
}

/**
 * The status polling interval: fast while an execute is in flight or the session is processing, slow (or none)
 * when idle, and none after an error that reading again cannot fix (`session_not_found`, `unauthorized`, ...).
 */
export function statusPollInterval(input: StatusPollInput): number | false {
  if (input.errorCode !== undefined && !recoveryPolicy[input.errorCode].retryRead) return false
  return input.working || input.processing ? input.busyMs : input.idleMs
}
