import { useState, type ComponentPropsWithRef } from 'react'
import type { Attachment } from '../../store/types.ts'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { CloseIcon, FileIcon, RetryIcon } from './icons.tsx'
import { truncateName } from './truncateName.ts'

/** Props of `AttachmentItem`. */
export interface AttachmentItemProps extends Omit<ComponentPropsWithRef<'li'>, 'children'> {
  /** The attachment to show. */
  attachment: Attachment
  /** Called with the id when the user removes it; no remove button without it. */
  onRemove?: (id: string) => void
  /** Called with the id to retry a failed upload; no retry button without it. */
  onRetry?: (id: string) => void
  /** Disables the buttons. @default false */
  disabled?: boolean
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

/**
 * One attachment: preview or file icon, name, size, upload progress or error, retry and remove buttons.
 * @example
 * <ul><AttachmentItem attachment={attachment} onRemove={remove} onRetry={retry} /></ul>
 */
export function AttachmentItem({
  attachment,
  onRemove,
  onRetry,
  disabled = false,
  labels,
  className,
  ...props
}: AttachmentItemProps) {
  const l = useLabels(labels)
  const { id, name, size, state, previewUrl, mimeType } = attachment
  const [broken, setBroken] = useState(false)
  const showPreview = previewUrl !== undefined && !broken && mimeType.toLowerCase().startsWith('image/')
  const shortName = truncateName(name, 32)
  const percent =
    state.status === 'uploading' ? Math.round(Math.min(1, Math.max(0, state.progress)) * 100) : 0
  const status =
    state.status === 'uploading'
      ? l.uploading(percent)
      : state.status === 'pending'
        ? l.uploadPending
        : state.status === 'failed'
          ? l.uploadFailed(state.error)
          : undefined

  return (
    <li
      className={['acw-attachment', className].filter(Boolean).join(' ')}
      data-status={state.status}
      data-kind={showPreview ? 'image' : 'file'}
      {...props}
    >
      <span className="acw-attachment__thumb" aria-hidden="true">
        {showPreview ? <img src={previewUrl} alt="" onError={() => setBroken(true)} /> : <FileIcon />}
      </span>
      <span className="acw-attachment__body">
        <span className="acw-attachment__name" title={name}>
          {shortName}
        </span>
        <span className="acw-attachment__meta">
          {l.fileSize(size)}
          {status !== undefined && <span className="acw-attachment__status"> · {status}</span>}
        </span>
        {state.status === 'uploading' && (
          <progress
            className="acw-attachment__progress"
            max={100}
            value={percent}
            aria-label={l.uploadProgress(shortName)}
          />
        )}
      </span>
      {state.status === 'failed' && onRetry && (
        <button
          type="button"
          className="acw-attachment__button"
          disabled={disabled}
          onClick={() => onRetry(id)}
        >
          <RetryIcon />
          <span className="acw-visually-hidden">{l.retryUpload(shortName)}</span>
        </button>
      )}
      {onRemove && (
        <button
          type="button"
          className="acw-attachment__button"
          disabled={disabled}
          onClick={() => onRemove(id)}
        >
          <CloseIcon />
          <span className="acw-visually-hidden">{l.removeAttachment(shortName)}</span>
        </button>
      )}
    </li>
  )
}
