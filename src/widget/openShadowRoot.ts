/** The element's open shadow root; a wrapper's when the element cannot host one (`li`, `form`, a closed root). */
export function openShadowRoot(element: HTMLElement): ShadowRoot {
  if (element.shadowRoot) return element.shadowRoot
  try {
    return element.attachShadow({ mode: 'open' })
  } catch {
    const wrapper = document.createElement('div')
    element.append(wrapper)
    return wrapper.attachShadow({ mode: 'open' })
  }
}
