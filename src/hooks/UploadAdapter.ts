import type { RuntimeClient } from '../client/types.ts'
import { createDataUrlUploadAdapter } from '../uploads/createDataUrlUploadAdapter.ts'
import { createRuntimeFilesUploadAdapter } from '../uploads/createRuntimeFilesUploadAdapter.ts'
import type { UploadAdapter } from '../uploads/UploadAdapter.ts'

export type { UploadAdapter } from '../uploads/UploadAdapter.ts'

/**
 * The default upload adapter: images inline as `image_url` blocks with a `data:` URL (up to 5 MB), other files
 * through `POST /files/` as `file` blocks (spec §12).
 */
export function createUploadAdapter(client: RuntimeClient): UploadAdapter {
  return createDataUrlUploadAdapter({ fallback: createRuntimeFilesUploadAdapter(client) })
}
