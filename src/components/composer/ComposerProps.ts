import type { ComponentPropsWithoutRef, ComponentPropsWithRef, Ref } from 'react'
import type { Attachment } from '../../store/types.ts'
import type { RejectionMessages } from '../attachments/describeRejection.ts'
import type { FileRejection } from '../attachments/validateFiles.ts'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'

/** What `onSend` receives. */
export interface ComposerMessage {
  /** The text, trimmed. May be empty when there are attachments. */
  readonly text: string
  /** The attachments, all uploaded (`ready`). */
  readonly attachments: readonly Attachment[]
}

/** Props of `Composer`. */
export interface ComposerProps extends Omit<ComponentPropsWithRef<'form'>, 'defaultValue' | 'children'> {
  /** Called with the message when the user sends (Enter or the Send button). Calling `preventDefault()` in your `onSubmit` cancels it. */
  onSend: (message: ComposerMessage) => void
  /** The text, when the parent controls it (it then owns the draft). */
  value?: string
  /** The initial text when uncontrolled. @default '' */
  defaultValue?: string
  /** Called with the new text on every change, and with `''` after a send. */
  onValueChange?: (value: string) => void
  /** The attachments of this message, owned by the parent. @default [] */
  attachments?: readonly Attachment[]
  /** Called with the files that passed validation (drop, paste, picker). Without it, attaching is off. */
  onAddFiles?: (files: File[]) => void
  /** Called with the files that did not pass; they are also listed with their reasons. */
  onReject?: (rejections: FileRejection[]) => void
  /** Called with an attachment's id when the user removes it. */
  onRemoveAttachment?: (id: string) => void
  /** Called with an attachment's id to retry its failed upload. */
  onRetryAttachment?: (id: string) => void
  /** Accepted file types, as in the HTML `accept` attribute. @default everything */
  accept?: string | readonly string[]
  /** Largest file in bytes. @default Infinity */
  maxSize?: number
  /** Smallest file in bytes. @default 1 */
  minSize?: number
  /** Most attachments per message. @default Infinity */
  maxFiles?: number
  /** Rejection texts per code, overriding the catalog's. */
  rejectionMessages?: RejectionMessages
  /** Character limit; longer text is kept but cannot be sent. @default 8000 */
  maxLength?: number
  /** While rate limited: epoch ms when sending is allowed again. Send shows a countdown until then. */
  rateLimitedUntil?: number
  /** Disables typing, attaching and sending. @default false */
  disabled?: boolean
  /** Placeholder of the text field. @default labels.composerPlaceholder */
  placeholder?: string
  /** Height in pixels the text field grows to before it scrolls. @default 200 */
  maxHeight?: number
  /** Ref to the text field, e.g. to focus it. */
  textareaRef?: Ref<HTMLTextAreaElement>
  /** Extra props for the text field; its event handlers are composed with ours. */
  textareaProps?: Omit<ComponentPropsWithoutRef<'textarea'>, 'value' | 'defaultValue' | 'disabled'>
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}
