import type { RuntimeErrorInfo } from '../client/types.ts'
import { mountChatWidget, type ChatWidgetHandle, type MountChatWidgetOptions } from './mountChatWidget.tsx'

/** Attributes of `<atthene-chat>`. */
export const CHAT_ELEMENT_ATTRIBUTES = [
  'base-url',
  'agent-key',
  'agent-id',
  'session-id',
  'theme',
  'locale',
  'position',
  'launcher',
  'open',
  'chat-title',
] as const

type ElementOptions = Partial<MountChatWidgetOptions>

/** Reads the element's attributes into widget options. */
function optionsFrom(element: HTMLElement, extra: ElementOptions): MountChatWidgetOptions {
  const attr = (name: (typeof CHAT_ELEMENT_ATTRIBUTES)[number]) => element.getAttribute(name) ?? undefined
  const theme = attr('theme')
  const position = attr('position')
  return {
    ...extra,
    clientOptions: { ...extra.clientOptions, ...(attr('base-url') ? { baseUrl: attr('base-url') } : {}) },
    sessionId: attr('session-id') ?? extra.sessionId,
    agentKey: attr('agent-key') ?? extra.agentKey,
    agentId: attr('agent-id') ?? extra.agentId,
    locale: attr('locale') ?? extra.locale,
    title: attr('chat-title') ?? extra.title,
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : extra.theme,
    position: position === 'bottom-left' || position === 'bottom-right' ? position : extra.position,
    launcher: element.hasAttribute('launcher') ? attr('launcher') !== 'false' : extra.launcher,
    defaultOpen: element.hasAttribute('open') ? attr('open') !== 'false' : extra.defaultOpen,
    onError: (error: RuntimeErrorInfo) => {
      extra.onError?.(error)
      element.dispatchEvent(
        new CustomEvent('atthene-chat-error', { detail: error, bubbles: true, composed: true }),
      )
    },
  }
}

/**
 * Registers `<atthene-chat>` (or another tag name), for pages without React.
 * Attributes: `base-url`, `agent-key`, `agent-id`, `session-id`, `theme`, `locale`, `position`, `launcher`, `open`,
 * `chat-title`. Everything else (labels, headers, tool renderers) goes on the `options` property.
 * Errors are dispatched as `atthene-chat-error` events with the error in `detail`.
 * @example
 * defineChatWidgetElement()
 * // <atthene-chat base-url="/api/atthene" agent-key="support" theme="dark"></atthene-chat>
 */
export function defineChatWidgetElement(tagName = 'atthene-chat'): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return

  class AttheneChatElement extends HTMLElement {
    static readonly observedAttributes = CHAT_ELEMENT_ATTRIBUTES
    #handle: ChatWidgetHandle | undefined
    #options: ElementOptions = {}

    /** Options that attributes cannot carry (labels, headers, callbacks, tool renderers). */
    get options(): ElementOptions {
      return this.#options
    }
    set options(value: ElementOptions) {
      this.#options = value
      this.#handle?.update(optionsFrom(this, value))
    }

    connectedCallback() {
      this.#handle ??= mountChatWidget(this, optionsFrom(this, this.#options))
    }
    attributeChangedCallback() {
      this.#handle?.update(optionsFrom(this, this.#options))
    }
    disconnectedCallback() {
      this.#handle?.unmount()
      this.#handle = undefined
    }
  }

  customElements.define(tagName, AttheneChatElement)
}
