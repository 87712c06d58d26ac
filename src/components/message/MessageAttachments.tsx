import type { ComponentPropsWithRef } from 'react'
import type { ContentBlock, MessageContent } from '../../client/types.ts'
import type { Attachment } from '../../store/types.ts'
import { safeImageSrc } from '../markdown/safeUrl.ts'
import { FileChip } from './FileChip.tsx'
import { defaultMessageLabels, type MessageLabels } from './messageLabels.ts'

/** Props of {@link MessageAttachments}. */
export interface MessageAttachmentsProps extends Omit<ComponentPropsWithRef<'ul'>, 'content'> {
  /** The message content; its image and file blocks are shown. */
  content: MessageContent
  /** Files attached from this page (outbox messages); shown instead of the blocks, with their sizes. */
  attachments?: readonly Attachment[]
  /** Texts (English by default). */
  labels?: Partial<MessageLabels>
}

interface Item {
  readonly name: string
  readonly image?: string | null
  readonly size?: number
  readonly href?: string
}

function fromBlock(block: ContentBlock, text: Required<MessageLabels>): Item | null {
  if (block.type === 'image_url')
    return { name: block.name ?? text.image, image: safeImageSrc(block.image_url.url) }
  if (block.type === 'file') return { name: block.name ?? text.file, size: block.size, href: block.url }
  return null
}

function fromAttachment(attachment: Attachment): Item {
  const isImage = attachment.mimeType.startsWith('image/')
  return {
    name: attachment.name,
    size: attachment.size,
    image: isImage ? safeImageSrc(attachment.previewUrl) : null,
  }
}

/**
 * The images (`https:`, `http:`, `blob:`, `data:image/*` only, alt = file name) and file chips of a message.
 * Renders nothing when there are none.
 * @example
 * <MessageAttachments content={message.content} attachments={message.attachments} />
 */
export function MessageAttachments({
  content,
  attachments,
  labels,
  className,
  ...props
}: MessageAttachmentsProps) {
  const text = { ...defaultMessageLabels, ...labels }
  const items: Item[] = attachments?.length
    ? attachments.map(fromAttachment)
    : typeof content === 'string'
      ? []
      : content.flatMap((block) => fromBlock(block, text) ?? [])
  if (items.length === 0) return null
  return (
    <ul
      aria-label={text.attachments}
      {...props}
      className={className ? `acw-message__attachments ${className}` : 'acw-message__attachments'}
    >
      {items.map((item, index) => (
        <li key={index}>
          {item.image ? (
            <img
              className="acw-message__image"
              src={item.image}
              alt={item.name}
              loading="lazy"
              decoding="async"
              referrerPolicy="no-referrer"
            />
          ) : (
            <FileChip name={item.name} size={item.size} href={item.href} formatSize={text.fileSize} />
          )}
        </li>
      ))}
    </ul>
  )
}
