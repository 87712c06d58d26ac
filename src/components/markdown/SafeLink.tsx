import type { ReactNode } from 'react'
import { safeLinkHref } from './safeUrl.ts'

/** Props of {@link SafeLink}. */
export interface SafeLinkProps {
  /** The untrusted URL. */
  href?: string
  /** Tooltip text. */
  title?: string
  /** The link text. */
  children?: ReactNode
}

/**
 * A link for untrusted content: `http:`, `https:`, `mailto:` and relative URLs open in a new tab with
 * `rel="noopener noreferrer"`; any other URL renders the link text as plain text.
 * @example
 * <SafeLink href={url}>docs</SafeLink>
 */
export function SafeLink({ href, title, children }: SafeLinkProps) {
  const safe = safeLinkHref(href)
  if (safe === null) return <span className="acw-markdown__unsafe-link">{children}</span>
  return (
    <a href={safe} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
