import { createRoot } from 'react-dom/client'
import styles from '../styles/styles.css?inline'
import type { ChatLabels } from '../components/labels/ChatLabels.ts'
import { getLabels } from '../components/labels/getLabels.ts'
import { mergeLabels } from '../components/labels/mergeLabels.ts'
import { ChatLauncher } from './ChatLauncher.tsx'
import { ChatWidget, type ChatWidgetProps } from './ChatWidget.tsx'
import { adoptStyles } from './adoptStyles.ts'
import { openShadowRoot } from './openShadowRoot.ts'

/** Options of `mountChatWidget`: every `ChatWidget` prop, plus how to place it. */
export interface MountChatWidgetOptions extends ChatWidgetProps {
  /** Show a floating launcher button that opens the chat as a panel; `false` renders the chat inline. @default true */
  readonly launcher?: boolean
  /** Corner of the launcher. @default 'bottom-right' */
  readonly position?: 'bottom-right' | 'bottom-left'
  /** Open the launcher's panel at start (uncontrolled). @default false */
  readonly defaultOpen?: boolean
  /** Whether the launcher's panel is open (controlled; pair it with `onOpenChange`). */
  readonly open?: boolean
  /** Called when the user opens or closes the launcher's panel. */
  readonly onOpenChange?: (open: boolean) => void
  /** Render inside a shadow root, so host-page CSS neither leaks in nor out. @default true */
  readonly shadow?: boolean
  /** Extra CSS added after the kit's stylesheet (inside the shadow root), e.g. `.acw-root { --acw-radius: 4px }`. */
  readonly css?: string
  /**
   * `dist/widget.js` only (the npm entry renders at once): load the chat before it is first opened. `'idle'` loads
   * it when the browser is idle after the page has loaded; `'none'` waits for the launcher to be hovered, focused
   * or opened. @default 'none'
   */
  readonly preload?: 'idle' | 'none'
}

/** What `mountChatWidget` returns. */
export interface ChatWidgetHandle {
  /** Merge new options and re-render (the conversation is kept). A key set to `undefined` goes back to its default. */
  update(options: Partial<MountChatWidgetOptions>): void
  /** Remove the widget and free its resources (React is unmounted in a microtask, so it is safe inside a render). */
  unmount(): void
}

const mounted = new WeakMap<Element, ChatWidgetHandle>()
let roots = 0

/**
 * A `mountChatWidget` whose widgets pick their texts from `builtInCatalogs` (plus the `locales` option): the npm
 * entry passes every built-in catalog, the standalone chat chunk only English (it loads the others on demand).
 */
export function createMountChatWidget(
  builtInCatalogs: Readonly<Record<string, ChatLabels>>,
): (element: HTMLElement, options: MountChatWidgetOptions) => ChatWidgetHandle {
  return (element, options) => mount(element, options, builtInCatalogs)
}

function mount(
  element: HTMLElement,
  options: MountChatWidgetOptions,
  builtInCatalogs: Readonly<Record<string, ChatLabels>>,
): ChatWidgetHandle {
  mounted.get(element)?.unmount()
  let current = options
  let unmounted = false
  const shadowRoot = (options.shadow ?? true) ? openShadowRoot(element) : undefined
  const wrapper = shadowRoot && shadowRoot.host !== element ? shadowRoot.host : undefined
  const container = shadowRoot ?? element
  const host = document.createElement('div')
  host.className = 'acw-host'
  container.append(host)
  const styleSheets = adoptStyles(container, styles, options.css)
  // A prefix per root keeps `useId` ids unique when the widget shares a document with another React root.
  const root = createRoot(host, { identifierPrefix: `acw${++roots}-` })

  const render = () => {
    const {
      launcher = true,
      position,
      defaultOpen,
      open,
      onOpenChange,
      shadow: _s,
      css: _c,
      preload: _p,
      ...props
    } = current
    shadowRoot?.host.setAttribute('data-acw-theme', props.theme ?? 'auto')
    const catalogs = { ...builtInCatalogs, ...props.locales }
    const labels = mergeLabels(getLabels(props.locale ?? browserLocale(), catalogs), props.labels)
    root.render(
      launcher ? (
        <ChatLauncher
          labels={labels}
          position={position}
          defaultOpen={defaultOpen}
          open={open}
          onOpenChange={onOpenChange}
          title={props.title}
          theme={props.theme}
          dir={labels.dir}
        >
          <ChatWidget {...props} locales={catalogs} />
        </ChatLauncher>
      ) : (
        <ChatWidget {...props} locales={catalogs} />
      ),
    )
  }
  render()

  const handle: ChatWidgetHandle = {
    update(next) {
      if (unmounted) return
      current = { ...current, ...next }
      if ('css' in next) styleSheets.setExtra(current.css)
      render()
    },
    unmount() {
      if (unmounted) return
      unmounted = true
      if (mounted.get(element) === handle) mounted.delete(element)
      shadowRoot?.host.removeAttribute('data-acw-theme')
      // Unmounting a root synchronously while React renders (e.g. from a host app's effect cleanup) is an error.
      queueMicrotask(() => {
        root.unmount()
        host.remove()
        styleSheets.remove()
        wrapper?.remove()
      })
    },
  }
  mounted.set(element, handle)
  return handle
}

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language
}
