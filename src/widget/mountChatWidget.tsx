import { locales } from '../locales.ts'
import { createMountChatWidget } from './createMountChatWidget.tsx'

export type { ChatWidgetHandle, MountChatWidgetOptions } from './createMountChatWidget.tsx'

/**
 * Mounts the chat widget into any element, in any page (no React app needed). By default it renders inside an
 * open shadow root of `element`; theme it with `--acw-*` custom properties set on `element`. Mounting again on the
 * same element replaces the previous widget. Outside React apps there is no bundler to pick locales, so this
 * entry carries every built-in catalog.
 * @example
 * const chat = mountChatWidget(document.getElementById('chat')!, { clientOptions: { baseUrl: '/api/atthene' }, agentKey: 'support' })
 * chat.update({ theme: 'dark' })
 */
export const mountChatWidget = createMountChatWidget(locales)
