export { mountChatWidget } from './mountChatWidget.tsx'
export type { ChatWidgetHandle, MountChatWidgetOptions } from './mountChatWidget.tsx'
export { defineChatWidgetElement, CHAT_ELEMENT_ATTRIBUTES } from './defineChatWidgetElement.ts'
export type {
  ChatWidgetElement,
  ChatWidgetElementEventMap,
  ChatWidgetElementOptions,
} from './defineChatWidgetElement.ts'
