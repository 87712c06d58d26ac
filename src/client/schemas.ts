import * as v from 'valibot'
import { createError } from './toRuntimeError.ts'

/*
 * Shared parts of the tolerant response schemas. Documented fields are checked where their type matters;
 * every other field stays on the loose objects, untyped, and is read defensively.
 */

/** An optional string (`null` allowed). */
export const optionalString = v.nullish(v.string())
/** An optional number (`null` allowed). */
export const optionalNumber = v.nullish(v.number())

/** A tool call in either documented style. */
export const ToolCallSchema = v.looseObject({
  name: optionalString,
  status: optionalString,
  duration_ms: optionalNumber,
  function: v.nullish(v.looseObject({ name: optionalString })),
})

/** `tool_calls`, wherever they appear. */
export const ToolCallsSchema = v.nullish(v.array(ToolCallSchema))

/** A message of the history or of an execute result. */
export const MessageSchema = v.looseObject({
  role: optionalString,
  tool_calls: ToolCallsSchema,
  correlation_id: optionalString,
})

/** Validates `body`, or throws `invalid_response` naming the first problem. */
export function parseWith<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  const [{ message, path }] = result.issues
  throw createError('invalid_response', 'Unexpected response', {
    details: { issue: message, path: path?.map((item) => item.key).join('.') },
  })
}

/** An id as a string (ids are opaque, some servers send numbers), or `undefined`. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? `${value}` : undefined

/** Milliseconds since the epoch from an ISO string or Unix seconds (values of 1e11 and more are taken as ms). */
export function toMs(value: unknown): number | undefined {
  let n = value
  if (typeof value === 'string') n = value.trim() && (isNaN(+value) ? Date.parse(value) / 1000 : +value)
  return typeof n === 'number' && isFinite(n) ? Math.round(n < 1e11 ? n * 1000 : n) : undefined
}
