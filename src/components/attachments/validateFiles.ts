import type { ChatLabels } from '../labels/ChatLabels.ts'
import { acceptsFile, parseAccept } from './acceptsFile.ts'
import { describeRejection, type RejectionMessages } from './describeRejection.ts'
import { truncateName } from './truncateName.ts'

/** Why a file was not added. Fixed codes, so apps can switch on them and localize the text. */
export const REJECTION_CODES = [
  'file-invalid-type',
  'file-too-large',
  'file-too-small',
  'file-empty',
  'too-many-files',
  'name-too-long',
] as const

/** One of the fixed rejection codes. */
export type RejectionCode = (typeof REJECTION_CODES)[number]

/** What a rejection text can mention. Names are plain text: render them as text, never as HTML. */
export interface RejectionInfo {
  readonly code: RejectionCode
  /** The full file name. */
  readonly name: string
  /** The name shortened for display (see `truncateName`). */
  readonly displayName: string
  /** The file's size in bytes. */
  readonly size: number
  readonly maxSize: number
  readonly minSize: number
  readonly maxFiles: number
  readonly maxNameLength: number
  /** The accepted types, as listed in `accept` (`image/*, .pdf`), or `''` when everything is accepted. */
  readonly accept: string
}

/** A file that was not added, with its code and a readable reason. */
export interface FileRejection<F = File> {
  readonly file: F
  readonly code: RejectionCode
  readonly message: string
}

/** Limits checked before anything is uploaded. */
export interface ValidateFilesOptions {
  /** Accepted types as in the HTML `accept` attribute: MIME types, `image/*`, `.pdf`. @default everything */
  readonly accept?: string | readonly string[]
  /** Largest accepted size in bytes. @default Infinity */
  readonly maxSize?: number
  /** Smallest accepted size in bytes; smaller files are rejected as empty or too small. @default 1 */
  readonly minSize?: number
  /** Most attachments in one message, counting those already attached. @default Infinity */
  readonly maxFiles?: number
  /** Longest accepted file name, in characters. @default 255 */
  readonly maxNameLength?: number
  /** Texts per code, overriding the catalog's. */
  readonly messages?: RejectionMessages
  /** The catalog the default texts come from. @default English */
  readonly labels?: ChatLabels
}

/** The files that passed, in order, and one rejection per file that did not. */
export interface ValidationResult<F> {
  readonly accepted: F[]
  readonly rejections: FileRejection<F>[]
}

type FileLike = { readonly name: string; readonly size: number; readonly type: string }

/**
 * Check files against type, size, name length and count limits. Pure: no reading, no side effects.
 * Files beyond `maxFiles` (counting `existing`) are rejected; the first ones that fit are kept.
 * @example
 * const { accepted, rejections } = validateFiles(files, attachments, { accept: 'image/*', maxSize: 5e6 })
 */
export function validateFiles<F extends FileLike>(
  files: Iterable<F> | ArrayLike<F>,
  existing: number | readonly unknown[],
  options: ValidateFilesOptions = {},
): ValidationResult<F> {
  const { maxSize = Infinity, minSize = 1, maxFiles = Infinity, maxNameLength = 255 } = options
  const accept = parseAccept(options.accept).join(', ')
  let count = typeof existing === 'number' ? existing : existing.length
  const accepted: F[] = []
  const rejections: FileRejection<F>[] = []
  for (const file of Array.from(files)) {
    const code =
      firstProblem(file, { ...options, maxSize, minSize, maxNameLength }) ?? tooMany(count, maxFiles)
    if (code === undefined) {
      accepted.push(file)
      count += 1
      continue
    }
    const info: RejectionInfo = {
      code,
      name: file.name,
      displayName: truncateName(file.name),
      size: file.size,
      maxSize,
      minSize,
      maxFiles,
      maxNameLength,
      accept,
    }
    rejections.push({ file, code, message: describeRejection(info, options) })
  }
  return { accepted, rejections }
}

function firstProblem(
  file: FileLike,
  limits: { accept?: string | readonly string[]; maxSize: number; minSize: number; maxNameLength: number },
): RejectionCode | undefined {
  if (Array.from(file.name).length > limits.maxNameLength) return 'name-too-long'
  if (!acceptsFile(file, limits.accept)) return 'file-invalid-type'
  if (file.size === 0 && limits.minSize > 0) return 'file-empty'
  if (file.size < limits.minSize) return 'file-too-small'
  if (file.size > limits.maxSize) return 'file-too-large'
  return undefined
}

function tooMany(count: number, maxFiles: number): RejectionCode | undefined {
  return count >= maxFiles ? 'too-many-files' : undefined
}
