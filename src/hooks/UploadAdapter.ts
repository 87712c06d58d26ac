import type { ContentBlock, RuntimeClient } from '../client/types.ts'

/** Uploads one file and returns the content block that refers to it. */
export interface UploadAdapter {
  upload(
    file: File,
    options: { readonly onProgress: (fraction: number) => void; readonly signal?: AbortSignal },
  ): Promise<ContentBlock>
}

async function dataUrl(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  }
  return `data:${file.type || 'application/octet-stream'};base64,${btoa(binary)}`
}

/**
 * The default upload adapter: images go inline as `image_url` blocks with a `data:` URL, other files through
 * `POST /files/` as `file` blocks (spec §12).
 */
export function createUploadAdapter(client: RuntimeClient): UploadAdapter {
  return {
    async upload(file, { onProgress, signal }) {
      if (file.type.startsWith('image/')) {
        const url = await dataUrl(file)
        onProgress(1)
        return { type: 'image_url', image_url: { url }, name: file.name }
      }
      const uploaded = await client.uploadFile(file, { onProgress, ...(signal ? { signal } : {}) })
      return {
        type: 'file',
        file_id: uploaded.id,
        name: uploaded.name,
        ...(uploaded.mimeType ? { mime_type: uploaded.mimeType } : {}),
        ...(uploaded.size === undefined ? {} : { size: uploaded.size }),
      }
    },
  }
}
