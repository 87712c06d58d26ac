import type { ContentBlock } from '../client/types.ts'

/** What an upload gets besides the file. */
export interface UploadOptions {
  /** Called with the uploaded fraction, from 0 to 1. */
  readonly onProgress: (fraction: number) => void
  /** Aborts the upload; the promise then rejects with an `UploadError` of code `aborted`. */
  readonly signal: AbortSignal
}

/**
 * Turns a file into a content block the execute endpoint accepts. The kit's one seam for uploads:
 * inline data URLs, `POST /files/`, or the integrator's own storage.
 */
export interface UploadAdapter {
  upload(file: File, options: UploadOptions): Promise<ContentBlock>
}

/** Why an upload failed. */
export type UploadErrorCode = 'unsupported-type' | 'too-large' | 'aborted' | 'read-failed' | 'upload-failed'

/** The one error type upload adapters reject with; `message` is readable, `code` is for switching. */
export class UploadError extends Error {
  override readonly name = 'UploadError'
  readonly code: UploadErrorCode

  constructor(code: UploadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

/** Whether a value is an `UploadError`. */
export function isUploadError(value: unknown): value is UploadError {
  return value instanceof UploadError
}
