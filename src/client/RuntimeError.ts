import type { RuntimeErrorCode, RuntimeErrorInfo } from './types.ts'

/**
 * The one error type of the kit. Every client failure is a `RuntimeError` with a `code` from a closed list.
 * @example
 * if (isRuntimeError(error) && error.code === 'rate_limited') wait(error.retryAfterMs)
 */
export class RuntimeError extends Error implements RuntimeErrorInfo {
  override readonly name = 'RuntimeError'
  readonly code: RuntimeErrorCode
  readonly status?: number
  readonly retryable: boolean
  readonly retryAfterMs?: number
  readonly correlationId?: string
  readonly requestId?: string
  readonly details?: Readonly<Record<string, unknown>>

  constructor(info: Omit<RuntimeErrorInfo, 'retryable'> & { retryable?: boolean; cause?: unknown }) {
    super(info.message, info.cause === undefined ? undefined : { cause: info.cause })
    this.code = info.code
    this.status = info.status
    this.retryable = info.retryable ?? false
    this.retryAfterMs = info.retryAfterMs
    this.correlationId = info.correlationId
    this.requestId = info.requestId
    this.details = info.details
  }

  /** A plain, serializable copy (for persistence and events). */
  toJSON(): RuntimeErrorInfo {
    return {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      ...(this.correlationId === undefined ? {} : { correlationId: this.correlationId }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.details === undefined ? {} : { details: this.details }),
    }
  }

  /** Rebuild an error from its plain form (after a reload). */
  static fromJSON(info: RuntimeErrorInfo): RuntimeError {
    return new RuntimeError(info)
  }
}

/** `true` when `value` is a `RuntimeError` (also across bundle copies, by shape). */
export function isRuntimeError(value: unknown): value is RuntimeError {
  return (
    value instanceof RuntimeError ||
    (value instanceof Error &&
      value.name === 'RuntimeError' &&
      typeof (value as RuntimeError).code === 'string')
  )
}
