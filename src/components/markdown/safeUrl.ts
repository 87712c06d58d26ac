const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
const IMAGE_PROTOCOLS = new Set(['https:', 'http:', 'blob:'])
const DATA_IMAGE = /^data:image\//i
const RELATIVE_BASE = 'https://relative.invalid/'

/** Parses like the browser does (it strips tabs, newlines and leading control characters); `null` when invalid. */
function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base)
  } catch {
    return null
  }
}

/**
 * The `href` to render for an untrusted link, or `null` to render the link text as plain text.
 * Allows `http:`, `https:`, `mailto:` and relative URLs; never a bare fragment (`#x`), which would scroll
 * the host page.
 * @example
 * safeLinkHref('javascript:alert(1)') // null
 */
export function safeLinkHref(href: string | null | undefined): string | null {
  const value = href?.trim()
  if (!value || value.startsWith('#')) return null
  const absolute = parse(value)
  if (absolute) return LINK_PROTOCOLS.has(absolute.protocol) ? value : null
  return parse(value, RELATIVE_BASE) ? value : null
}

/** The `src` to render for an image written in markdown: absolute `https:` or `data:image/*` only, else `null`. */
export function safeMarkdownImageSrc(src: string | null | undefined): string | null {
  const value = src?.trim()
  const url = value ? parse(value) : null
  if (!value || !url) return null
  if (url.protocol === 'https:' || (url.protocol === 'data:' && DATA_IMAGE.test(url.href))) return value
  return null
}

/** The `src` to render for an image attachment: absolute `https:`, `http:`, `blob:` or `data:image/*`, else `null`. */
export function safeImageSrc(src: string | null | undefined): string | null {
  const value = src?.trim()
  const url = value ? parse(value) : null
  if (!value || !url) return null
  if (IMAGE_PROTOCOLS.has(url.protocol) || (url.protocol === 'data:' && DATA_IMAGE.test(url.href)))
    return value
  return null
}
