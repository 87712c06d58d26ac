import { ar } from './ar.ts'
import type { ChatLabels } from './ChatLabels.ts'
import { de } from './de.ts'
import { en } from './en.ts'

/** The built-in catalogs, by primary language subtag. */
export const builtInLabels: Readonly<Record<string, ChatLabels>> = { en, de, ar }

/**
 * The built-in catalog for a BCP 47 tag (`de-AT` → German), falling back to English.
 * @example
 * const labels = getLabels(navigator.language)
 */
export function getLabels(locale: string | undefined): ChatLabels {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return Object.hasOwn(builtInLabels, language) ? (builtInLabels[language] ?? en) : en
}
