import { detailResponse, invalidRequest, jsonResponse } from './responses.ts'
import { nextId, type RuntimeState, type StoredFile } from './runtimeState.ts'

const KINDS: readonly [RegExp, string][] = [
  [/^image\//, 'image'],
  [/^video\//, 'video'],
  [/^audio\//, 'audio'],
  [/(zip|tar|gzip|7z|rar)/, 'archive'],
  [/(csv|json|spreadsheet|excel|xml)/, 'data'],
  [/(javascript|typescript|x-python|x-sh)/, 'code'],
  [/(pdf|msword|wordprocessing|presentation|^text\/)/, 'document'],
]

/** The documented `file_type` of a MIME type. */
function fileTypeOf(mime: string): string {
  return KINDS.find(([pattern]) => pattern.test(mime))?.[1] ?? 'other'
}

function fileJson(file: StoredFile, status: string): Record<string, unknown> {
  return {
    id: file.id,
    original_filename: file.name,
    file_type: fileTypeOf(file.type),
    size_bytes: file.size,
    status,
    tags: file.tags,
    created_at: new Date(file.createdAt).toISOString(),
  }
}

/** `POST /files/` (multipart, field `file`, optional `tags`): answers `status: "uploading"`. */
export async function handleUploadFile(state: RuntimeState, request: Request): Promise<Response> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return invalidRequest('Send the file as multipart/form-data in the field "file".')
  }
  const file = form.get('file')
  if (file === null || typeof file === 'string')
    return invalidRequest('No file was submitted in the field "file".')
  if (file.size === 0) return invalidRequest('The submitted file is empty.')
  const tags = form
    .getAll('tags')
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map((tag) => tag.trim())
    .filter(Boolean)
  const stored: StoredFile = {
    id: nextId(state, 'file'),
    name: file.name || 'upload',
    type: file.type || 'application/octet-stream',
    size: file.size,
    tags,
    createdAt: state.now(),
  }
  state.files.set(stored.id, stored)
  return jsonResponse(fileJson(stored, 'uploading'), 201)
}

/** `GET /files/{id}/`: the file is `active` once uploaded. */
export function handleGetFile(state: RuntimeState, fileId: string): Response {
  const file = state.files.get(fileId)
  if (!file) return detailResponse(404, 'Not found.')
  return jsonResponse({
    ...fileJson(file, 'active'),
    updated_at: new Date(file.createdAt).toISOString(),
    processing_info: { pages_extracted: 0, text_length: 0 },
  })
}

/** `GET /files/`: a bare array. */
export function handleListFiles(state: RuntimeState): Response {
  return jsonResponse([...state.files.values()].map((file) => fileJson(file, 'active')))
}
