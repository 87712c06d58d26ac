import { LAUNCHER_CSS } from './launcherCss.ts'
import type { LauncherTexts } from './launcherTexts.ts'

/** Where the chat is: not loaded yet, loading after the user asked for it, or failed to load. */
export type LoaderStatus = 'idle' | 'loading' | 'failed'

/** What the loader's launcher shows. */
export interface LoaderLauncherState {
  readonly texts: LauncherTexts
  readonly status: LoaderStatus
  readonly position: 'bottom-right' | 'bottom-left'
  readonly theme: 'light' | 'dark' | 'auto'
  /** No floating button: the chat is inline, so only the loading and failure messages are shown. */
  readonly inline: boolean
}

/** The loader's launcher, drawn with the DOM (no React) until the chat takes over. */
export interface LoaderLauncher {
  render(state: LoaderLauncherState): void
  remove(): void
}

const SVG = 'http://www.w3.org/2000/svg'
const BUBBLE =
  'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z'
const sheets = new WeakMap<Document, CSSStyleSheet>()

/**
 * Draws the launcher button (or, inline, the loading and failure messages) into `container`. `onActivate` runs on
 * a click of the button or of "Try again"; `onPrefetch` when the button is hovered or focused.
 */
export function createLoaderLauncher(
  container: ShadowRoot | HTMLElement,
  onActivate: () => void,
  onPrefetch: () => void,
): LoaderLauncher {
  const doc = container.ownerDocument
  const root = doc.createElement('div')
  root.className = 'acw-loader'
  const status = doc.createElement('span')
  status.setAttribute('role', 'status')
  const button = doc.createElement('button')
  button.type = 'button'
  button.setAttribute('aria-expanded', 'false')
  button.append(bubbleIcon(doc))
  button.addEventListener('click', onActivate)
  button.addEventListener('pointerenter', onPrefetch)
  button.addEventListener('focus', onPrefetch)
  root.append(status, button)
  const removeStyles = addStyles(container)
  container.append(root)

  let alert: HTMLElement | undefined
  return {
    render({ texts, status: state, position, theme, inline }) {
      root.dir = texts.dir
      root.dataset.position = position
      root.dataset.theme = theme
      root.dataset.status = state
      root.toggleAttribute('data-inline', inline)
      button.hidden = inline
      button.setAttribute(
        'aria-label',
        state === 'failed' ? `${texts.failed} ${texts.retry}` : texts.openChat,
      )
      button.toggleAttribute('aria-busy', state === 'loading')
      status.textContent = state === 'loading' ? texts.loading : ''
      if (state === 'failed' && !alert) {
        alert = failureMessage(doc, texts, onActivate)
        root.prepend(alert)
      } else if (state !== 'failed') {
        alert?.remove()
        alert = undefined
      }
    },
    remove() {
      root.remove()
      removeStyles()
    },
  }
}

function failureMessage(doc: Document, texts: LauncherTexts, onRetry: () => void): HTMLElement {
  const message = doc.createElement('p')
  message.setAttribute('role', 'alert')
  const retry = doc.createElement('button')
  retry.type = 'button'
  retry.textContent = texts.retry
  retry.addEventListener('click', onRetry)
  message.append(texts.failed, retry)
  return message
}

function bubbleIcon(doc: Document): SVGElement {
  const svg = doc.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('width', '26')
  svg.setAttribute('height', '26')
  svg.setAttribute('aria-hidden', 'true')
  const path = doc.createElementNS(SVG, 'path')
  path.setAttribute('d', BUBBLE)
  path.setAttribute('fill', 'currentColor')
  svg.append(path)
  return svg
}

/** A constructed stylesheet in a shadow root (no `style-src 'unsafe-inline'` needed), else a `<style>`. */
function addStyles(container: ShadowRoot | HTMLElement): () => void {
  const doc = container.ownerDocument
  if ('adoptedStyleSheets' in container && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    let sheet = sheets.get(doc)
    if (!sheet) {
      sheet = new (doc.defaultView ?? window).CSSStyleSheet()
      sheet.replaceSync(LAUNCHER_CSS)
      sheets.set(doc, sheet)
    }
    const own = sheet
    container.adoptedStyleSheets = [...container.adoptedStyleSheets, own]
    return () => {
      container.adoptedStyleSheets = container.adoptedStyleSheets.filter((item) => item !== own)
    }
  }
  const style = doc.createElement('style')
  style.textContent = LAUNCHER_CSS
  container.prepend(style)
  return () => style.remove()
}
