import { defineChatWidgetElementWith } from './chatWidgetElement.ts'
import { mountChatWidget } from './mountChatWidget.tsx'

export { CHAT_ELEMENT_ATTRIBUTES } from './chatWidgetElement.ts'
export type {
  ChatWidgetElement,
  ChatWidgetElementEventMap,
  ChatWidgetElementOptions,
} from './chatWidgetElement.ts'

/**
 * Registers `<atthene-chat>` (or another tag name), for pages without React. Safe to call more than once, and
 * on the server (it does nothing there).
 * Attributes: `base-url`, `agent-key`, `agent-id`, `session-id`, `theme`, `locale`, `position`, `launcher`, `open`,
 * `chat-title`, `preload` (`dist/widget.js` only). Everything else (labels, headers, tool renderers) goes on the
 * `options` property.
 * Events: `atthene-chat-error` (`detail`: the error) and `atthene-chat-toggle` (`detail.open`).
 * @example
 * defineChatWidgetElement()
 * // <atthene-chat base-url="/api/atthene" agent-key="support" theme="dark"></atthene-chat>
 */
export function defineChatWidgetElement(tagName = 'atthene-chat'): void {
  defineChatWidgetElementWith(mountChatWidget, tagName)
}
