import { createError } from './toRuntimeError.ts'

/*
 * Shared parts of the tolerant response checks. Documented fields are checked where their type matters;
 * every other field stays on the loose objects, untyped, and is read defensively.
 */

/** The first problem found in a value, and where it is. */
interface Issue {
  readonly message: string
  readonly path?: readonly (string | number)[]
}

/** Checks a value and returns its first problem, or `undefined`; `T` is what the value is when it passes. */
export type Check<T> = ((value: unknown) => Issue | undefined) & { readonly output?: T }
/** What a value that passed `C` is. */
export type Output<C> = C extends Check<infer T> ? T : never

type Entries = Record<string, Check<unknown>>
type OptionalKeys<E extends Entries> = { [K in keyof E]: undefined extends Output<E[K]> ? K : never }[keyof E]
/** A loose object: the checked entries (those that may be missing optional), any other field as `unknown`. */
type LooseOutput<E extends Entries> = { [K in Exclude<keyof E, OptionalKeys<E>>]: Output<E[K]> } & {
  [K in OptionalKeys<E>]?: Output<E[K]>
} & { [key: string]: unknown }

/** How a value is named in an issue: `"text"`, `3`, `Array`, `null`, `undefined`. */
function received(value: unknown): string {
  const type = typeof value
  if (type === 'string') return `"${value as string}"`
  if (type === 'number' || type === 'bigint' || type === 'boolean') return String(value)
  if (type === 'object' || type === 'function')
    return ((value && (Object.getPrototypeOf(value) as object | null)?.constructor?.name) as string) ?? 'null'
  return type
}

const typeIssue = (expected: string, value: unknown): Issue => ({
  message: `Invalid type: Expected ${expected} but received ${received(value)}`,
})
const at = (key: string | number, { message, path = [] }: Issue): Issue => ({ message, path: [key, ...path] })

/** A string. */
export const string: Check<string> = (value) =>
  typeof value === 'string' ? undefined : typeIssue('string', value)
/** A number (not `NaN`). */
export const number: Check<number> = (value) =>
  typeof value === 'number' && !isNaN(value) ? undefined : typeIssue('number', value)

/** `check`, or `null` or `undefined`. */
export const nullish =
  <T>(check: Check<T>): Check<T | null | undefined> =>
  (value) =>
    value == null ? undefined : check(value)

/** An array whose every item passes `item`. */
export const array =
  <T>(item: Check<T>): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return typeIssue('Array', value)
    for (let index = 0; index < value.length; index++) {
      const issue = item(value[index])
      if (issue) return at(index, issue)
    }
  }

/** An object (arrays too) whose listed fields pass their checks; other fields are kept as they are. */
export const looseObject =
  <E extends Entries>(entries: E): Check<LooseOutput<E>> =>
  (value) => {
    if (!value || typeof value !== 'object') return typeIssue('Object', value)
    for (const key in entries) {
      const issue = entries[key]!((value as Record<string, unknown>)[key])
      if (issue)
        return key in value
          ? at(key, issue)
          : { message: `Invalid key: Expected "${key}" but received undefined`, path: [key] }
    }
  }

/** An optional string (`null` allowed). */
export const optionalString = nullish(string)
/** An optional number (`null` allowed). */
export const optionalNumber = nullish(number)

/** A tool call in either documented style. */
export const ToolCallSchema = looseObject({
  name: optionalString,
  status: optionalString,
  duration_ms: optionalNumber,
  function: nullish(looseObject({ name: optionalString })),
})

/** `tool_calls`, wherever they appear. */
export const ToolCallsSchema = nullish(array(ToolCallSchema))

/** A message of the history or of an execute result. */
export const MessageSchema = looseObject({
  role: optionalString,
  tool_calls: ToolCallsSchema,
  correlation_id: optionalString,
})

/** `body` as `check` describes it, or throws `invalid_response` naming the first problem. */
export function parseWith<T>(check: Check<T>, body: unknown): T {
  const issue = check(body)
  if (!issue) return body as T
  throw createError('invalid_response', 'Unexpected response', {
    details: { issue: issue.message, path: issue.path?.join('.') },
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
