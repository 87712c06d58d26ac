import { idOf, looseObject, optionalNumber, optionalString, parseWith } from './schemas.ts'
import { createError } from './toRuntimeError.ts'
import type { UploadedFile } from './types.ts'

const FileSchema = looseObject({
  original_filename: optionalString,
  mime_type: optionalString,
  size_bytes: optionalNumber,
  status: optionalString,
})

/** Normalizes `POST /files/`; the uploaded `file` fills in the name, type and size the body leaves out. */
export function parseUploadedFile(body: unknown, file: Blob & { readonly name?: string }): UploadedFile {
  const f = parseWith(FileSchema, body)
  const id = idOf(f.id)
  if (!id) throw createError('invalid_response', 'No file id')
  return {
    id,
    name: f.original_filename ?? file.name ?? 'file',
    mimeType: f.mime_type ?? (file.type || undefined),
    size: f.size_bytes ?? file.size,
    status: f.status ?? undefined,
    raw: body,
  }
}
