import { ar } from './components/labels/ar.ts'
import { de } from './components/labels/de.ts'
import { en } from './components/labels/en.ts'
import type { ChatLabels } from './components/labels/ChatLabels.ts'

export { ar, de, en }

/** Every built-in catalog by language: pass it (or a part) as `locales` to `ChatWidget`. */
export const locales: Readonly<Record<string, ChatLabels>> = { en, de, ar }
