import type { ChatWidgetHandle, MountChatWidgetOptions } from '../createMountChatWidget.tsx'
import { createLoaderLauncher, type LoaderLauncher, type LoaderStatus } from './LoaderLauncher.ts'
import type { ChatModule } from './loadChat.ts'
import { launcherTexts } from './launcherTexts.ts'

const browserLocale = () => (typeof navigator === 'undefined' ? undefined : navigator.language)

/**
 * The standalone `mountChatWidget`: same options and handle as the npm entry's, but until the chat is needed it
 * only draws the launcher button. The chat chunk loads when the launcher is opened (or `open` is set, or the
 * chat is inline), is prefetched when the launcher is hovered or focused, and at idle with `preload: 'idle'`.
 */
export function createLazyMountChatWidget(
  loadChat: () => Promise<ChatModule>,
): (element: HTMLElement, options: MountChatWidgetOptions) => ChatWidgetHandle {
  const mounted = new WeakMap<Element, ChatWidgetHandle>()
  const prefetch = () => void loadChat().catch(() => undefined)

  return (element, options) => {
    mounted.get(element)?.unmount()
    let current = options
    // The user opened the launcher: uncontrolled, that is the open state; either way focus goes into the panel.
    let clicked = false
    let focusOnOpen = false
    let unmounted = false
    let status: LoaderStatus = 'idle'
    let chat: ChatModule | undefined
    let widget: ChatWidgetHandle | undefined
    let launcher: LoaderLauncher | undefined
    const shadowRoot = (options.shadow ?? true) ? openShadowRoot(element) : undefined
    const container = shadowRoot ?? element
    const ownWrapper = shadowRoot && shadowRoot.host !== element ? shadowRoot.host : undefined
    const locale = () => current.locale ?? browserLocale()
    const inline = () => current.launcher === false
    const wanted = () => inline() || (current.open ?? (clicked || !!current.defaultOpen))

    const draw = () => {
      if (widget || unmounted) return
      const showing = status !== 'idle' || !inline()
      if (!showing) return
      launcher ??= createLoaderLauncher(container, activate, prefetch)
      launcher.render({
        texts: launcherTexts(locale(), current.labels?.openChat),
        status,
        position: current.position ?? 'bottom-right',
        theme: current.theme ?? 'auto',
        inline: inline(),
      })
      shadowRoot?.host.setAttribute('data-acw-theme', current.theme ?? 'auto')
    }

    const withCatalogs = (catalogs: MountChatWidgetOptions['locales']): MountChatWidgetOptions => ({
      ...current,
      locales: { ...catalogs, ...current.locales },
      defaultOpen: current.defaultOpen || clicked,
    })

    const handOver = (module: ChatModule, catalogs: MountChatWidgetOptions['locales']) => {
      if (unmounted || widget || !wanted()) return
      launcher?.remove()
      launcher = undefined
      ownWrapper?.remove()
      widget = module.mountChatWidget(element, withCatalogs(catalogs))
      if (focusOnOpen && !inline()) focusPanel(element.shadowRoot ?? element)
    }

    const start = () => {
      if (widget || unmounted || !wanted()) return draw()
      status = 'loading'
      draw()
      loadChat()
        .then(async (module) => {
          chat = module
          return handOver(module, await module.loadCatalogs(locale()))
        })
        .catch(() => {
          if (unmounted || widget) return
          status = 'failed'
          draw()
        })
    }

    function activate() {
      if (status === 'loading') return
      if (current.open === undefined) clicked = true
      focusOnOpen = true
      current.onOpenChange?.(true)
      start()
    }

    const forward = () => {
      if (!chat || !widget) return
      const ready = chat.loadedCatalogs(locale())
      if (ready) return widget.update(withCatalogs(ready))
      void chat.loadCatalogs(locale()).then(
        (catalogs) => widget?.update(withCatalogs(catalogs)),
        () => widget?.update(withCatalogs({})),
      )
    }

    if (current.preload === 'idle') whenIdle(prefetch)
    start()

    const handle: ChatWidgetHandle = {
      update(next) {
        if (unmounted) return
        current = { ...current, ...next }
        if (widget) return forward()
        if (status === 'failed' && !wanted()) status = 'idle'
        if (status !== 'loading') start()
        else draw()
      },
      unmount() {
        if (unmounted) return
        unmounted = true
        if (mounted.get(element) === handle) mounted.delete(element)
        widget?.unmount()
        launcher?.remove()
        ownWrapper?.remove()
        if (!widget) shadowRoot?.host.removeAttribute('data-acw-theme')
      },
    }
    mounted.set(element, handle)
    return handle
  }
}

/**
 * The element's open shadow root, or a wrapper's (as `openShadowRoot` of the chat does). A copy, not an import: an
 * import shared with the chat chunk would become a chunk of its own, one more request before the chat is opened.
 */
function openShadowRoot(element: HTMLElement): ShadowRoot {
  if (element.shadowRoot) return element.shadowRoot
  try {
    return element.attachShadow({ mode: 'open' })
  } catch {
    const wrapper = document.createElement('div')
    element.append(wrapper)
    return wrapper.attachShadow({ mode: 'open' })
  }
}

/** Focuses the opened panel's composer, or its first button while the composer is still disabled. */
function focusPanel(root: ParentNode) {
  const panel = root.querySelector('.acw-launcher-panel')
  const target =
    panel?.querySelector<HTMLElement>('textarea:not([disabled])') ??
    panel?.querySelector<HTMLElement>('button, [tabindex]')
  target?.focus()
}

/** After the page's `load` event, when the browser is idle. */
function whenIdle(run: () => void) {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 1_000)
  if (document.readyState === 'complete') idle()
  else addEventListener('load', idle, { once: true })
}
