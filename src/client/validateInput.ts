import { createError } from './toRuntimeError.ts'
import type { ContentBlock, MessageContent } from './types.ts'

type LooseBlock = {
  type?: unknown
  text?: unknown
  image_url?: { url?: unknown }
  file_id?: unknown
  url?: unknown
}

const invalid = (what: string) => createError('invalid_request', `Invalid ${what}`)

/** `true` for a string with something other than white space. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** The API path of a session or agent: the id checked and URL-encoded, a trailing slash added. */
export function idPath(prefix: string, id: string, rest = ''): string {
  if (!isText(id)) throw invalid('id')
  return `${prefix}${encodeURIComponent(id)}/${rest}`
}

/** `true` for a text, `image_url` or `file` block with the field it needs. */
const isBlock = (block: LooseBlock | null) =>
  typeof (block?.type === 'text'
    ? block.text
    : block?.type === 'image_url'
      ? block.image_url?.url
      : block?.type === 'file' && (block.file_id ?? block.url)) === 'string'

/** The content to send: a non-empty string, or a non-empty array of valid blocks (image names dropped). */
export function checkContent(content: MessageContent): MessageContent {
  if (isText(content)) return content
  if (!Array.isArray(content) || !content.length || !content.every(isBlock)) throw invalid('content')
  return (content as readonly ContentBlock[]).map((block) =>
    block.type === 'image_url' ? { type: block.type, image_url: block.image_url } : block,
  )
}
