import type { ComponentPropsWithRef } from 'react'
import type { Attachment } from '../../store/types.ts'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { AttachmentItem } from './AttachmentItem.tsx'
import { useRevokePreviewUrls } from './useRevokePreviewUrls.ts'

/** Props of `AttachmentList`. */
export interface AttachmentListProps extends Omit<ComponentPropsWithRef<'ul'>, 'children'> {
  /** The attachments to show, in order. */
  attachments: readonly Attachment[]
  /** Called with an attachment's id when the user removes it; no remove buttons without it. */
  onRemove?: (id: string) => void
  /** Called with an attachment's id to retry its failed upload; no retry buttons without it. */
  onRetry?: (id: string) => void
  /** Disables the buttons. @default false */
  disabled?: boolean
  /** Revoke `blob:` preview URLs when an attachment leaves the list and on unmount. @default true */
  revokePreviewUrls?: boolean
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

/**
 * The attachments of a message being written: previews, upload progress, errors, retry and remove.
 * Renders nothing when the list is empty.
 * @example
 * <AttachmentList attachments={attachments} onRemove={removeAttachment} onRetry={retryUpload} />
 */
export function AttachmentList({
  attachments,
  onRemove,
  onRetry,
  disabled = false,
  revokePreviewUrls = true,
  labels,
  className,
  ...props
}: AttachmentListProps) {
  const l = useLabels(labels)
  useRevokePreviewUrls(attachments, revokePreviewUrls)
  if (attachments.length === 0) return null
  return (
    <ul
      className={['acw-attachments', className].filter(Boolean).join(' ')}
      aria-label={l.attachments}
      {...props}
    >
      {attachments.map((attachment) => (
        <AttachmentItem
          key={attachment.id}
          attachment={attachment}
          onRemove={onRemove}
          onRetry={onRetry}
          disabled={disabled}
          labels={l}
        />
      ))}
    </ul>
  )
}
