import type { FileBlock, RuntimeClient } from '../client/types.ts'
import { UploadError, type UploadAdapter } from './UploadAdapter.ts'

/**
 * Uploads every file through the runtime's `POST /files/` (`client.uploadFile`) and returns a `file` block
 * with its `file_id`. Client errors keep their `RuntimeError` type; only an abort becomes an `UploadError`.
 * @example
 * const adapter = createRuntimeFilesUploadAdapter(createRuntimeClient({ baseUrl: '/api/chat' }))
 */
export function createRuntimeFilesUploadAdapter(client: Pick<RuntimeClient, 'uploadFile'>): UploadAdapter {
  return {
    async upload(file, { onProgress, signal }) {
      if (signal.aborted) throw new UploadError('aborted', `Uploading “${file.name}” was cancelled.`)
      const uploaded = await client.uploadFile(file, { onProgress, signal })
      onProgress(1)
      const block: FileBlock = {
        type: 'file',
        file_id: uploaded.id,
        name: uploaded.name || file.name,
        mime_type: uploaded.mimeType ?? (file.type || undefined),
        size: uploaded.size ?? file.size,
      }
      return block
    },
  }
}
