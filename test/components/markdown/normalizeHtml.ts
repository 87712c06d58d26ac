/** Block elements: whitespace next to their tags is not significant (as in the spec's own normalizer). */
const BLOCK =
  /\s*(<\/?(?:p|pre|h[1-6]|ul|ol|li|blockquote|hr|br|table|thead|tbody|tr|th|td|div|section)\b[^>]*>)\s*/g
/** Attributes the kit adds for behaviour and accessibility; they do not change what the markdown means. */
const DROPPED =
  /^(?:target|rel|tabindex|aria-[\w-]+|data-[\w-]+|loading|decoding|referrerpolicy|readonly|role)$/

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;')
}

/**
 * The kit's own markup, mapped back: the code block's bar removed, the table's scroll box and the root `div`
 * unwrapped, a task marker (a named `span`, since untrusted content never produces form controls) read as GFM's
 * disabled checkbox.
 */
function unwrapKit(root: ParentNode): void {
  for (const marker of root.querySelectorAll('span.acw-markdown__task')) {
    const input = document.createElement('input')
    input.setAttribute('type', 'checkbox')
    input.setAttribute('disabled', '')
    if (marker.getAttribute('data-state') === 'checked') input.setAttribute('checked', '')
    marker.replaceWith(input)
  }
  for (const bar of root.querySelectorAll('.acw-code-block__bar')) bar.remove()
  for (const wrapper of root.querySelectorAll('.acw-code-block, .acw-markdown__table, .acw-markdown'))
    wrapper.replaceWith(...wrapper.childNodes)
}

function serialize(node: Node, inPre: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = escapeText(node.textContent ?? '')
    return inPre ? text : text.replace(/\s+/g, ' ')
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return ''
  const element = node as Element
  const tag = element.tagName.toLowerCase()
  const attributes = [...element.attributes]
    .filter((attribute) => !DROPPED.test(attribute.name))
    .map((attribute) => {
      if (attribute.name !== 'class') return attribute
      const language = attribute.value.split(/\s+/).filter((name) => name.startsWith('language-'))
      return { name: 'class', value: language.join(' ') }
    })
    .filter((attribute) => attribute.name !== 'class' || attribute.value)
    .map((attribute) => ` ${attribute.name}="${escapeText(attribute.value).replace(/"/g, '&quot;')}"`)
    .sort()
    .join('')
  const children = [...element.childNodes].map((child) => serialize(child, inPre || tag === 'pre')).join('')
  return ['br', 'hr', 'img', 'input'].includes(tag)
    ? `<${tag}${attributes}>`
    : `<${tag}${attributes}>${children}</${tag}>`
}

/**
 * A canonical form of an HTML fragment, so that the kit's DOM and the spec's HTML compare equal when they mean
 * the same: documented in docs/markdown.md ("How conformance is measured").
 */
export function normalizeHtml(html: string | Node): string {
  const template = document.createElement('template')
  if (typeof html === 'string') template.innerHTML = html
  else template.content.append(html.cloneNode(true))
  const root = template.content
  unwrapKit(root)
  root.normalize()
  return [...root.childNodes]
    .map((child) => serialize(child, false))
    .join('')
    .replace(BLOCK, '$1')
    .trim()
}
