import { RuntimeError, isRuntimeError } from './RuntimeError.ts'
import type { RuntimeErrorCode, RuntimeErrorInfo } from './types.ts'

/** Codes where repeating the same request may succeed. */
const RETRYABLE: readonly RuntimeErrorCode[] = ['rate_limited', 'timeout', 'server_error', 'network']

/** Codes of thrown platform errors, by `name`. */
const BY_NAME: Partial<Record<string, RuntimeErrorCode>> = {
  AbortError: 'aborted',
  TimeoutError: 'timeout',
  SyntaxError: 'invalid_response',
}

/** A new `RuntimeError`, retryable by its code's default unless `info` says otherwise. */
export const createError = (
  code: RuntimeErrorCode,
  message: string,
  info?: Partial<RuntimeErrorInfo> & { cause?: unknown },
): RuntimeError => new RuntimeError({ code, message, retryable: RETRYABLE.includes(code), ...info })

/** A copy of `error` with some fields changed (errors are immutable). */
export const extendError = (error: RuntimeError, info: Partial<RuntimeErrorInfo>): RuntimeError =>
  new RuntimeError({ ...error.toJSON(), ...info, cause: error.cause })

/** The `aborted` error: the caller's signal fired. */
export const abortedError = (): RuntimeError => createError('aborted', 'Aborted')

/**
 * Normalizes anything thrown into a `RuntimeError`; never throws. `AbortError` becomes `aborted`,
 * `TimeoutError` `timeout`, `SyntaxError` `invalid_response`, anything else `network`.
 */
export function toRuntimeError(value: unknown, correlationId?: string): RuntimeError {
  try {
    if (isRuntimeError(value)) {
      return correlationId && !value.correlationId ? extendError(value, { correlationId }) : value
    }
    const { name, message = value } = value as Partial<Error>
    return createError(BY_NAME[name!] ?? 'network', String(message), { correlationId, cause: value })
  } catch {
    return createError('network', 'Unknown error', { correlationId })
  }
}
