import type { ChatLabels } from '../labels/ChatLabels.ts'
import { en } from '../labels/en.ts'
import type { RejectionCode, RejectionInfo } from './validateFiles.ts'

/** Texts per rejection code: a fixed string or a function of the rejection. */
export type RejectionMessages = {
  readonly [C in RejectionCode]?: string | ((info: RejectionInfo) => string)
}

/**
 * The readable reason for one rejection: the app's `messages` first, else the catalog's text.
 * @example
 * describeRejection(info, { messages: { 'file-too-large': 'Max 5 MB, please.' } })
 */
export function describeRejection(
  info: RejectionInfo,
  { messages, labels = en }: { readonly messages?: RejectionMessages; readonly labels?: ChatLabels } = {},
): string {
  const custom = messages?.[info.code]
  if (typeof custom === 'string') return custom
  if (typeof custom === 'function') return custom(info)
  return labels.rejections[info.code](info)
}
