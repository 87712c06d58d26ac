export { mountChatWidget } from './mountChatWidget.tsx'
export { defineChatWidgetElement, CHAT_ELEMENT_ATTRIBUTES } from './defineChatWidgetElement.ts'
export type { ChatWidgetHandle, MountChatWidgetOptions } from './mountChatWidget.tsx'
