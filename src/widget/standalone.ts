// The standalone `dist/widget.js`: a small loader for a plain `<script type="module">`. Loading it registers
// `<atthene-chat>` and draws the launcher; the chat itself (`widget-chat.js`, Preact and every dependency bundled)
// loads from next to this file when it is first needed. `mountChatWidget` is exported for pages that mount by hand.
import type { ChatWidgetHandle, MountChatWidgetOptions } from './createMountChatWidget.tsx'
import { defineChatWidgetElementWith } from './chatWidgetElement.ts'
import { createChatLoader } from './loader/loadChat.ts'
import { createLazyMountChatWidget } from './loader/createLazyMountChatWidget.ts'

export type { ChatWidgetHandle, MountChatWidgetOptions }

/** The chat chunk's file, next to this one (so a copy of `dist/` works from anywhere). */
const CHAT_FILE = './widget-chat.js'

/**
 * Mounts the chat widget into any element. Until the chat is opened, only the launcher button is drawn; the chat
 * loads on open (prefetched on hover or focus, or at idle with `preload: 'idle'`).
 */
export const mountChatWidget = createLazyMountChatWidget(
  createChatLoader(() => new URL(CHAT_FILE, import.meta.url)),
)

/** Registers `<atthene-chat>` (or another tag name) with the loader's `mountChatWidget`. */
export function defineChatWidgetElement(tagName = 'atthene-chat'): void {
  defineChatWidgetElementWith(mountChatWidget, tagName)
}

defineChatWidgetElement()
