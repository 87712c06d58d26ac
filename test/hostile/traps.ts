/**
 * Traps for hostile content in the test page: `alert`/`confirm`/`prompt`/`open`, a `window.__xss` sentinel
 * (set by the corpus' payloads if they ever run), CSP violations and navigation. `hits` lists what fired.
 */
export function installTraps(): { readonly hits: string[]; readonly restore: () => void } {
  const hits: string[] = []
  const saved = {
    alert: window.alert,
    confirm: window.confirm,
    prompt: window.prompt,
    open: window.open,
  }
  window.alert = (message?: unknown) => void hits.push(`alert(${String(message)})`)
  window.confirm = (message?: string) => (hits.push(`confirm(${String(message)})`), false)
  window.prompt = (message?: string) => (hits.push(`prompt(${String(message)})`), null)
  window.open = (url?: string | URL) => (hits.push(`open(${String(url)})`), null)
  Object.defineProperty(window, '__xss', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => void hits.push(`__xss=${String(value)}`),
  })
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    void hits.push(`csp:${event.violatedDirective}:${event.blockedURI}`)
  const onLeave = () => void hits.push(`navigation from ${location.href}`)
  document.addEventListener('securitypolicyviolation', onViolation)
  window.addEventListener('beforeunload', onLeave)
  window.addEventListener('hashchange', onLeave)
  return {
    hits,
    restore() {
      Object.assign(window, saved)
      delete (window as { __xss?: unknown }).__xss
      document.removeEventListener('securitypolicyviolation', onViolation)
      window.removeEventListener('beforeunload', onLeave)
      window.removeEventListener('hashchange', onLeave)
    },
  }
}

/**
 * Problems in the rendered widget: a forbidden element, an event-handler attribute, a link that is not
 * http(s)/mailto/relative (or opens without `noopener`), an image that is not https/http/blob/data:image, an
 * inline style with a URL or script, or an id/name that could clobber a global. Empty when safe.
 * Self-contained (no outer references), so Playwright can run it in the page with `locator.evaluate`.
 */
export function unsafeMarkup(root: Element): string[] {
  const linkProtocols = ['http:', 'https:', 'mailto:']
  const imageProtocols = ['http:', 'https:', 'blob:']
  // Elements untrusted content must never produce; the composer's form is the kit's own.
  const forbidden =
    'script, iframe, frame, object, embed, base, meta, link, style, form:not(.acw-composer), video, audio, ' +
    'source, marquee, template, noscript, math, foreignObject, animate, set, use, image, ' +
    'input:not([type="file"]), textarea:not(.acw-composer__input), select'
  // What the kit's own icons are drawn with.
  const iconParts = ['svg', 'path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'g']
  const problems: string[] = []
  const describe = (element: Element) => element.outerHTML.slice(0, 160)
  for (const element of root.querySelectorAll(forbidden))
    problems.push(`forbidden element: ${describe(element)}`)
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`handler attribute ${name}: ${describe(element)}`)
      // Links and images are resolved below, as the browser would; these attributes must not appear at all.
      if (/^(action|formaction|xlink:href|srcdoc|data|srcset|poster|background)$/i.test(name))
        problems.push(`URL attribute ${name}: ${describe(element)}`)
      if (name === 'style' && /url\(|expression|javascript/i.test(value))
        problems.push(`style with a URL or script: ${describe(element)}`)
      if ((name === 'id' || name === 'name') && /^(__xss|getElementById|x)$/.test(value))
        problems.push(`clobbering ${name}="${value}": ${describe(element)}`)
    }
    if (element instanceof SVGElement && !iconParts.includes(element.tagName))
      problems.push(`svg content that is not an icon: ${describe(element)}`)
    if (element instanceof SVGSVGElement && element.getAttribute('aria-hidden') !== 'true')
      problems.push(`svg that is not a hidden icon: ${describe(element)}`)
  }
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href')
    if (href === null) continue
    if (!linkProtocols.includes(new URL(href, location.href).protocol))
      problems.push(`unsafe link ${href}: ${describe(link)}`)
    if (link.target === '_blank' && !/\bnoopener\b/.test(link.rel))
      problems.push(`new-tab link without noopener: ${describe(link)}`)
  }
  for (const image of root.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? ''
    const ok =
      imageProtocols.includes(new URL(src, location.href).protocol) || /^data:image\//i.test(src.trim())
    if (!ok) problems.push(`unsafe image ${src.slice(0, 80)}: ${describe(image)}`)
  }
  if (typeof document.getElementById !== 'function') problems.push('document.getElementById was clobbered')
  return problems
}
