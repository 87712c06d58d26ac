import type { ComponentPropsWithRef } from 'react'
import { safeLinkHref } from '../markdown/safeUrl.ts'
import { Icon } from '../tools/Icon.tsx'
import { defaultMessageLabels } from './messageLabels.ts'

/** Props of {@link FileChip}. */
export interface FileChipProps extends ComponentPropsWithRef<'span'> {
  /** The file name (untrusted; shown as text, truncated, in full as a tooltip). */
  name: string
  /** Size in bytes. */
  size?: number
  /** Opens the file in a new tab when the URL is safe (`http:`, `https:` or relative). */
  href?: string
  /** Formats the size. @default English `fileSize` */
  formatSize?: (bytes: number) => string
}

/**
 * A file attachment: icon, name (truncated, full name as tooltip) and formatted size.
 * @example
 * <FileChip name="report.pdf" size={48213} />
 */
export function FileChip({ name, size, href, formatSize, className, ...props }: FileChipProps) {
  const safe = safeLinkHref(href)
  const format = formatSize ?? defaultMessageLabels.fileSize
  const chip = (
    <span {...props} className={className ? `acw-file-chip ${className}` : 'acw-file-chip'} title={name}>
      <Icon name="file" />
      <span className="acw-file-chip__name">{name}</span>
      {size !== undefined && Number.isFinite(size) && (
        <span className="acw-file-chip__size">{format(size)}</span>
      )}
    </span>
  )
  if (safe === null || safe.startsWith('mailto:')) return chip
  return (
    <a className="acw-file-chip__link" href={safe} target="_blank" rel="noopener noreferrer">
      {chip}
    </a>
  )
}
