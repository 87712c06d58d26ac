/** The error type (or code) and message found in an error body. */
export interface ErrorDescription {
  readonly type?: string
  readonly message?: string
}

const firstText = (...values: unknown[]) =>
  values.find((value): value is string => typeof value === 'string' && value.trim() !== '')

/** Reads `{error:{type,code,message}}`, `{error:"..."}`, `{detail:"..."}`, `{message}` or a plain string (spec §12). */
export function describeError(body: unknown): ErrorDescription {
  const root = Object(body) as Record<string, unknown>
  const inner = Object(root.error ?? root) as Record<string, unknown>
  return {
    type: firstText(inner.type, inner.code, root.error_type),
    message: firstText(inner.message, root.error, root.detail, root.message, body),
  }
}

/** `true` when a type, code or message names a content policy or content filter. */
export const isContentPolicy = ({ type, message }: ErrorDescription): boolean =>
  /content.?(policy|filter)/i.test(`${type} ${message}`)
