import type { ChatLabels, ChatLabelsOverrides } from './ChatLabels.ts'

/**
 * A full catalog from a base and partial overrides. Error texts merge per code and per field, so one
 * title can change without repeating the rest. Returns `base` itself when there is nothing to merge.
 * @example
 * const labels = mergeLabels(de, { send: 'Abschicken', errors: { network: { title: 'Offline' } } })
 */
export function mergeLabels(base: ChatLabels, overrides?: ChatLabelsOverrides): ChatLabels {
  if (overrides === undefined) return base
  const { errors, rejections, ...rest } = overrides
  const merged: { -readonly [K in keyof ChatLabels]: ChatLabels[K] } = { ...base }
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(merged, { [key]: value })
  }
  if (rejections !== undefined) merged.rejections = { ...base.rejections, ...definedOnly(rejections) }
  if (errors !== undefined) {
    const next = { ...base.errors }
    for (const code of Object.keys(errors) as (keyof typeof errors)[]) {
      const override = errors[code]
      if (override !== undefined) next[code] = { ...base.errors[code], ...definedOnly(override) }
    }
    merged.errors = next
  }
  return merged
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
