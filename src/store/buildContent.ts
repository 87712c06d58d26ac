import type { ContentBlock, MessageContent } from '../client/types.ts'
import type { Attachment } from './types.ts'

/** The content to send or show: the text alone, or a text block followed by the attachments' blocks. */
export function buildContent(text: string, attachments: readonly Attachment[]): MessageContent {
  const blocks = attachments.flatMap((attachment) => (attachment.block ? [attachment.block] : []))
  if (blocks.length === 0) return text
  const textBlocks: ContentBlock[] = text.trim() === '' ? [] : [{ type: 'text', text }]
  return [...textBlocks, ...blocks]
}
