import type { RuntimeErrorInfo } from '../client/types.ts'
import type { ChatWidgetHandle, MountChatWidgetOptions } from './createMountChatWidget.tsx'

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
  'preload',
] as const

/** What `<atthene-chat>`'s `options` property takes: anything attributes cannot carry. */
export type ChatWidgetElementOptions = Partial<MountChatWidgetOptions>

/** The events `<atthene-chat>` dispatches (they bubble and cross shadow boundaries). */
export interface ChatWidgetElementEventMap extends HTMLElementEventMap {
  /** A new error the user is shown; `detail` is the error (code, message, correlation id…). */
  'atthene-chat-error': CustomEvent<RuntimeErrorInfo>
  /** The user opened or closed the launcher's panel; the `open` attribute follows. */
  'atthene-chat-toggle': CustomEvent<{ readonly open: boolean }>
}

/** The `<atthene-chat>` element. */
export interface ChatWidgetElement extends HTMLElement {
  /** Options that attributes cannot carry (labels, headers, callbacks, tool renderers). Attributes win. */
  options: ChatWidgetElementOptions
  addEventListener<K extends keyof ChatWidgetElementEventMap>(
    type: K,
    listener: (this: ChatWidgetElement, event: ChatWidgetElementEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void
  removeEventListener<K extends keyof ChatWidgetElementEventMap>(
    type: K,
    listener: (this: ChatWidgetElement, event: ChatWidgetElementEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void
}

declare global {
  interface HTMLElementTagNameMap {
    'atthene-chat': ChatWidgetElement
  }
}

type AttributeName = (typeof CHAT_ELEMENT_ATTRIBUTES)[number]

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.find((item) => item === value)

/** Reads the element's attributes over its `options` property. */
function optionsFrom(element: HTMLElement, extra: ChatWidgetElementOptions): MountChatWidgetOptions {
  const attr = (name: AttributeName) => element.getAttribute(name) ?? undefined
  const flag = (name: AttributeName) => (element.hasAttribute(name) ? attr(name) !== 'false' : undefined)
  const dispatch = (type: 'atthene-chat-error' | 'atthene-chat-toggle', detail: unknown) =>
    element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  const baseUrl = attr('base-url')
  const launcher = flag('launcher') ?? extra.launcher ?? true
  return {
    ...extra,
    clientOptions: { ...extra.clientOptions, ...(baseUrl ? { baseUrl } : {}) },
    sessionId: attr('session-id') ?? extra.sessionId,
    agentKey: attr('agent-key') ?? extra.agentKey,
    agentId: attr('agent-id') ?? extra.agentId,
    locale: attr('locale') ?? extra.locale,
    title: attr('chat-title') ?? extra.title,
    theme: oneOf(attr('theme'), ['light', 'dark', 'auto'] as const) ?? extra.theme,
    position: oneOf(attr('position'), ['bottom-right', 'bottom-left'] as const) ?? extra.position,
    preload: oneOf(attr('preload'), ['idle', 'none'] as const) ?? extra.preload,
    launcher,
    // The `open` attribute is the panel's state: set it to open the chat, and it follows the user's clicks.
    open: launcher ? (flag('open') ?? false) : undefined,
    defaultOpen: undefined,
    onOpenChange: (open: boolean) => {
      element.toggleAttribute('open', open)
      extra.onOpenChange?.(open)
      dispatch('atthene-chat-toggle', { open })
    },
    onError: (error: RuntimeErrorInfo) => {
      extra.onError?.(error)
      dispatch('atthene-chat-error', error)
    },
  }
}

/** `next`, plus `undefined` for each key of `previous` it lacks, so `update` forgets options that were removed. */
function replacing(previous: object, next: MountChatWidgetOptions): MountChatWidgetOptions {
  const cleared = Object.fromEntries(Object.keys(previous).map((key) => [key, undefined]))
  return { ...cleared, ...next }
}

/**
 * Registers the `<atthene-chat>` element class, mounting with `mount`: the npm entry's `mountChatWidget`, or the
 * standalone loader's, which loads the chat when it is first needed.
 */
export function defineChatWidgetElementWith(
  mount: (element: HTMLElement, options: MountChatWidgetOptions) => ChatWidgetHandle,
  tagName = 'atthene-chat',
): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return

  class AttheneChatElement extends HTMLElement {
    static readonly observedAttributes = CHAT_ELEMENT_ATTRIBUTES
    #handle: ChatWidgetHandle | undefined
    #options: ChatWidgetElementOptions = {}
    #applied: MountChatWidgetOptions | undefined

    constructor() {
      super()
      // `options` set on the element before this class was defined is an own property hiding the accessor.
      if (Object.hasOwn(this, 'options')) {
        const early = (this as { options?: ChatWidgetElementOptions }).options ?? {}
        Reflect.deleteProperty(this, 'options')
        this.#options = early
      }
    }

    get options(): ChatWidgetElementOptions {
      return this.#options
    }
    set options(value: ChatWidgetElementOptions) {
      this.#options = value ?? {}
      this.#render()
    }

    connectedCallback() {
      if (this.#handle) return
      const { open, defaultOpen } = this.#options
      if ((open ?? defaultOpen) && !this.hasAttribute('open')) this.setAttribute('open', '')
      this.#applied = optionsFrom(this, this.#options)
      this.#handle = mount(this, this.#applied)
    }
    attributeChangedCallback() {
      this.#render()
    }
    disconnectedCallback() {
      // Moving the element (remove, then insert) keeps the widget; only a real removal unmounts it.
      queueMicrotask(() => {
        if (this.isConnected || !this.#handle) return
        this.#handle.unmount()
        this.#handle = undefined
      })
    }

    #render() {
      if (!this.#handle || !this.#applied) return
      const next = optionsFrom(this, this.#options)
      this.#handle.update(replacing(this.#applied, next))
      this.#applied = next
    }
  }

  customElements.define(tagName, AttheneChatElement)
}
