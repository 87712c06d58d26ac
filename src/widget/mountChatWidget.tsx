import { createRoot } from 'react-dom/client'
import styles from '../styles/styles.css?inline'
import { ChatLauncher } from './ChatLauncher.tsx'
import { ChatWidget, type ChatWidgetProps } from './ChatWidget.tsx'
import { getLabels } from '../components/labels/getLabels.ts'
import { mergeLabels } from '../components/labels/mergeLabels.ts'

/** Options of `mountChatWidget`: every `ChatWidget` prop, plus how to place it. */
export interface MountChatWidgetOptions extends ChatWidgetProps {
  /** Show a floating launcher button that opens the chat as a panel; `false` renders the chat inline. @default true */
  readonly launcher?: boolean
  /** Corner of the launcher. @default 'bottom-right' */
  readonly position?: 'bottom-right' | 'bottom-left'
  /** Open the launcher's panel at start. @default false */
  readonly defaultOpen?: boolean
  /** Render inside a shadow root, so host-page CSS neither leaks in nor out. @default true */
  readonly shadow?: boolean
  /** Extra CSS added after the kit's stylesheet (inside the shadow root), e.g. `--acw-*` overrides. */
  readonly css?: string
}

/** What `mountChatWidget` returns. */
export interface ChatWidgetHandle {
  /** Merge new options and re-render (the conversation is kept). */
  update(options: Partial<MountChatWidgetOptions>): void
  /** Remove the widget and free its resources. */
  unmount(): void
}

/**
 * Mounts the chat widget into any element, in any page (no React app needed).
 * @example
 * const chat = mountChatWidget(document.getElementById('chat')!, { clientOptions: { baseUrl: '/api/atthene' }, agentKey: 'support' })
 * chat.update({ theme: 'dark' })
 */
export function mountChatWidget(element: HTMLElement, options: MountChatWidgetOptions): ChatWidgetHandle {
  let current = options
  const shadow = options.shadow ?? true
  const container: ShadowRoot | HTMLElement = shadow
    ? (element.shadowRoot ?? element.attachShadow({ mode: 'open' }))
    : element
  const style = document.createElement('style')
  style.textContent = styles + (options.css ?? '')
  const host = document.createElement('div')
  host.className = 'acw-host'
  container.append(style, host)
  const root = createRoot(host)

  const render = () => {
    const { launcher = true, position, defaultOpen, shadow: _shadow, css: _css, ...props } = current
    const labels = mergeLabels(getLabels(props.locale), props.labels)
    root.render(
      launcher ? (
        <ChatLauncher
          labels={labels}
          position={position}
          defaultOpen={defaultOpen}
          title={props.title}
          theme={props.theme}
          dir={labels.dir}
        >
          <ChatWidget {...props} />
        </ChatLauncher>
      ) : (
        <ChatWidget {...props} />
      ),
    )
  }
  render()

  return {
    update(next) {
      current = { ...current, ...next }
      style.textContent = styles + (current.css ?? '')
      render()
    },
    unmount() {
      root.unmount()
      style.remove()
      host.remove()
    },
  }
}
