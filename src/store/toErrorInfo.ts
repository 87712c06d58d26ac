import { isRuntimeError } from '../client/RuntimeError.ts'
import type { RuntimeErrorCode, RuntimeErrorInfo } from '../client/types.ts'
import { RUNTIME_ERROR_CODES } from '../client/types.ts'

/** A plain, serializable `RuntimeErrorInfo` from anything thrown. Never throws. */
export function toErrorInfo(error: unknown): RuntimeErrorInfo {
  if (isRuntimeError(error)) {
    const { code, message, status, retryable, retryAfterMs, correlationId, requestId, details } = error
    return {
      code,
      message,
      retryable,
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(correlationId === undefined ? {} : { correlationId }),
      ...(requestId === undefined ? {} : { requestId }),
      ...(details === undefined ? {} : { details }),
    }
  }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && (RUNTIME_ERROR_CODES as readonly string[]).includes(code)) {
    const info = error as RuntimeErrorInfo
    return { ...info, code: code as RuntimeErrorCode, message: String(info.message ?? code) }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'invalid_response', message, retryable: false }
}
