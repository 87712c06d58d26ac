// The standalone chat chunk (`dist/widget-chat.js`), loaded by `dist/widget.js` when the chat is first needed.
// English is built in; the other catalogs are chunks of their own, loaded when a widget's locale asks for them.
import { flushSync } from 'react-dom'
import type { ChatLabels } from '../components/labels/ChatLabels.ts'
import { en } from '../components/labels/en.ts'
import {
  createMountChatWidget,
  type ChatWidgetHandle,
  type MountChatWidgetOptions,
} from './createMountChatWidget.tsx'

type Catalogs = Readonly<Record<string, ChatLabels>>

const mount = createMountChatWidget({ en })

const lazyCatalogs: Readonly<Record<string, () => Promise<ChatLabels>>> = {
  de: () => import('../components/labels/de.ts').then((module) => module.de),
  ar: () => import('../components/labels/ar.ts').then((module) => module.ar),
}
const loaded: Record<string, ChatLabels> = {}

const languageOf = (locale: string | undefined) => (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''

/** The catalogs loaded so far, when they include the one `locale` needs; otherwise `undefined`. */
export function loadedCatalogs(locale: string | undefined): Catalogs | undefined {
  const language = languageOf(locale)
  return Object.hasOwn(lazyCatalogs, language) && !Object.hasOwn(loaded, language) ? undefined : loaded
}

/** Loads the catalog `locale` needs (nothing for English or an unknown language); resolves to every loaded one. */
export async function loadCatalogs(locale: string | undefined): Promise<Catalogs> {
  const language = languageOf(locale)
  const load = Object.hasOwn(lazyCatalogs, language) ? lazyCatalogs[language] : undefined
  if (load && !Object.hasOwn(loaded, language)) loaded[language] = await load()
  return loaded
}

/** `mountChatWidget`, rendered at once, so the loader can hand over to it without a frame in between. */
export function mountChatWidget(element: HTMLElement, options: MountChatWidgetOptions): ChatWidgetHandle {
  let handle: ChatWidgetHandle | undefined
  flushSync(() => {
    handle = mount(element, options)
  })
  return handle!
}
