import { SHADOW_BASE_CSS, hoistTokens, remToHostUnits } from './shadowStyles.ts'

/** The stylesheets one mounted widget added. */
export interface AdoptedStyles {
  /** Replace the integrator's extra CSS. */
  setExtra(css: string | undefined): void
  /** Take the kit's and the extra CSS out of the container. */
  remove(): void
}

/** One constructed kit stylesheet per document, shared by every widget in it. */
const shared = new WeakMap<Document, CSSStyleSheet>()
/** How many widgets of a shadow root use the shared sheet (a replaced widget unmounts after its successor mounts). */
const users = new WeakMap<ShadowRoot, number>()

/**
 * Adds the kit's stylesheet and the integrator's extra CSS to a widget's container. In a shadow root, constructed
 * stylesheets (`adoptedStyleSheets`) are used where supported: shared between widgets, and allowed by a
 * Content-Security-Policy without `style-src 'unsafe-inline'`. Elsewhere, `<style>` elements.
 */
export function adoptStyles(
  container: ShadowRoot | HTMLElement,
  kitCss: string,
  extraCss?: string,
): AdoptedStyles {
  const inShadow = isShadowRoot(container)
  if (inShadow && supportsAdoption(container)) return adopt(container, kitCss, extraCss)

  const doc = container.ownerDocument
  const kit = doc.createElement('style')
  kit.textContent = inShadow ? SHADOW_BASE_CSS + remToHostUnits(kitCss) : kitCss
  const extra = doc.createElement('style')
  extra.textContent = extraCss ?? ''
  container.prepend(kit, extra)
  if (inShadow && kit.sheet) hoistTokens(kit.sheet)
  return {
    setExtra: (css) => void (extra.textContent = css ?? ''),
    remove: () => {
      kit.remove()
      extra.remove()
    },
  }
}

function adopt(root: ShadowRoot, kitCss: string, extraCss: string | undefined): AdoptedStyles {
  const doc = root.ownerDocument
  const Sheet = doc.defaultView!.CSSStyleSheet
  let kit = shared.get(doc)
  if (!kit) {
    kit = new Sheet()
    kit.replaceSync(SHADOW_BASE_CSS + remToHostUnits(kitCss))
    hoistTokens(kit)
    shared.set(doc, kit)
  }
  const extra = new Sheet()
  extra.replaceSync(extraCss ?? '')
  const count = users.get(root) ?? 0
  users.set(root, count + 1)
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => sheet !== kit), kit, extra]
  return {
    setExtra: (css) => extra.replaceSync(css ?? ''),
    remove: () => {
      const left = (users.get(root) ?? 1) - 1
      users.set(root, left)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter(
        (sheet) => sheet !== extra && (left > 0 || sheet !== kit),
      )
    },
  }
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot
}

function supportsAdoption(root: ShadowRoot): boolean {
  const view = root.ownerDocument.defaultView
  return !!view && 'adoptedStyleSheets' in root && 'replaceSync' in view.CSSStyleSheet.prototype
}
