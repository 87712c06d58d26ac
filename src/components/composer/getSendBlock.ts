import type { Attachment } from '../../store/types.ts'

/** Why Send is not available right now, most important first; `undefined` when it is. */
export type SendBlock = 'disabled' | 'rate-limited' | 'too-long' | 'upload-failed' | 'uploading' | 'empty'

/** What decides whether a message can be sent. */
export interface SendBlockInput {
  readonly text: string
  readonly attachments: readonly Attachment[]
  readonly maxLength: number
  readonly disabled: boolean
  /** Seconds left of a rate limit; 0 when none. */
  readonly secondsLeft: number
}

/** Pure: the reason Send is blocked, or `undefined` when the message can go. */
export function getSendBlock({
  text,
  attachments,
  maxLength,
  disabled,
  secondsLeft,
}: SendBlockInput): SendBlock | undefined {
  if (disabled) return 'disabled'
  if (secondsLeft > 0) return 'rate-limited'
  if (text.length > maxLength) return 'too-long'
  if (attachments.some((attachment) => attachment.state.status === 'failed')) return 'upload-failed'
  if (attachments.some((a) => a.state.status === 'pending' || a.state.status === 'uploading'))
    return 'uploading'
  if (text.trim() === '' && attachments.length === 0) return 'empty'
  return undefined
}
