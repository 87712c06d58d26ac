import type { Attachment } from '../../store/types.ts'

/** A random id: `crypto.randomUUID` where available (secure contexts), else a random fallback. */
function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `att-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * A pending `Attachment` for a file, with an object-URL preview for images. Revoke the preview with
 * `URL.revokeObjectURL` when the attachment goes away (`AttachmentList` does it by default).
 * @example
 * onAddFiles={(files) => setAttachments((list) => [...list, ...files.map((file) => createAttachment(file))])}
 */
export function createAttachment(file: File, id: string = randomId()): Attachment {
  const isImage = file.type.toLowerCase().startsWith('image/')
  const canPreview = isImage && typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function'
  return {
    id,
    name: file.name,
    mimeType: file.type,
    size: file.size,
    state: { status: 'pending' },
    ...(canPreview ? { previewUrl: URL.createObjectURL(file) } : {}),
  }
}
