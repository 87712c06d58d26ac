import type { Attachment } from '../../store/types.ts'
import { randomId } from '../../client/randomId.ts'

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
