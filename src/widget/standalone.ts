// The standalone `dist/widget.js`: React and every dependency bundled, for a plain `<script type="module">`.
// Loading it registers `<atthene-chat>`; `mountChatWidget` is exported for pages that mount by hand.
import { defineChatWidgetElement } from './defineChatWidgetElement.ts'

export { mountChatWidget } from './mountChatWidget.tsx'
export { defineChatWidgetElement }

defineChatWidgetElement()
