import { safeLinkHref, safeMarkdownImageSrc } from '../../../src/components/markdown/index.ts'

/**
 * The reference HTML as the kit's URL policy would let it through: a link whose `href` the policy refuses becomes
 * its text, an image whose `src` it refuses becomes its alt text (both in a `span`), as `Markdown` renders them.
 */
export function applyUrlPolicy(html: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  for (const link of template.content.querySelectorAll('a')) {
    if (safeLinkHref(link.getAttribute('href')) !== null) continue
    const span = document.createElement('span')
    span.append(...link.childNodes)
    link.replaceWith(span)
  }
  for (const image of template.content.querySelectorAll('img')) {
    if (safeMarkdownImageSrc(image.getAttribute('src')) !== null) continue
    const alt = image.getAttribute('alt') ?? ''
    if (!alt) {
      image.remove()
      continue
    }
    const span = document.createElement('span')
    span.textContent = alt
    image.replaceWith(span)
  }
  return template.innerHTML
}
