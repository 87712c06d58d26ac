import type { ChatLabels } from './ChatLabels.ts'
import { en } from './en.ts'

/** The catalogs every bundle has: English. More come from `atthene-chat-kit/locales`, so apps ship only theirs. */
export const builtInLabels: Readonly<Record<string, ChatLabels>> = { en }

/**
 * The catalog for a BCP 47 tag (`de-AT` → German) among `catalogs`, falling back to English.
 * @example
 * import { de, ar } from 'atthene-chat-kit/locales'
 * const labels = getLabels(navigator.language, { en, de, ar })
 */
export function getLabels(
  locale: string | undefined,
  catalogs: Readonly<Record<string, ChatLabels>> = builtInLabels,
): ChatLabels {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return Object.hasOwn(catalogs, language) ? (catalogs[language] ?? en) : en
}
