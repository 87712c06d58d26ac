import { readAsDataUrl } from './readAsDataUrl.ts'
import { UploadError, type UploadAdapter } from './UploadAdapter.ts'

/** Options of `createDataUrlUploadAdapter`. */
export interface DataUrlUploadAdapterOptions {
  /** Largest image inlined as a data URL, in bytes; larger files go to `fallback` or are refused. @default 5242880 (5 MB) */
  readonly maxInlineBytes?: number
  /** Handles what cannot be inlined (non-images, images over `maxInlineBytes`). @default none: those are refused */
  readonly fallback?: UploadAdapter
}

/**
 * Inlines images as `image_url` blocks with a `data:` URL; needs no server. Progress comes from the file read.
 * Non-images are refused with a readable `UploadError` unless a `fallback` adapter takes them.
 * @example
 * const adapter = createDataUrlUploadAdapter({ maxInlineBytes: 2_000_000, fallback: createRuntimeFilesUploadAdapter(client) })
 */
export function createDataUrlUploadAdapter(options: DataUrlUploadAdapterOptions = {}): UploadAdapter {
  const { maxInlineBytes = 5 * 1024 * 1024, fallback } = options
  return {
    async upload(file, { onProgress, signal }) {
      const isImage = file.type.toLowerCase().startsWith('image/')
      if (!isImage || file.size > maxInlineBytes) {
        if (fallback) return fallback.upload(file, { onProgress, signal })
        throw isImage
          ? new UploadError('too-large', `“${file.name}” is too large to send inline.`)
          : new UploadError(
              'unsupported-type',
              `“${file.name}” can’t be sent: only images can be attached here.`,
            )
      }
      const url = await readAsDataUrl(file, onProgress, signal)
      return { type: 'image_url', image_url: { url }, name: file.name }
    },
  }
}
