import type { ChatLabels } from '../labels/ChatLabels.ts'
import type { SendBlock } from './getSendBlock.ts'

/** Props of `ComposerFooter` (internal to `Composer`). */
export interface ComposerFooterProps {
  readonly block: SendBlock | undefined
  readonly length: number
  readonly maxLength: number
  readonly secondsLeft: number
  readonly labels: ChatLabels
  readonly ids: { readonly status: string; readonly counter: string; readonly countdown: string }
}

/**
 * The line under the text: why Send is blocked (a polite live region whose text changes only when the
 * reason does), the rate-limit countdown (not live: it ticks), and the character counter near the limit.
 */
export function ComposerFooter({ block, length, maxLength, secondsLeft, labels, ids }: ComposerFooterProps) {
  const over = length - maxLength
  const showCounter = showsCounter(length, maxLength)
  const reason =
    block === 'too-long'
      ? labels.messageTooLong(maxLength)
      : block === 'uploading'
        ? labels.waitForUploads
        : block === 'upload-failed'
          ? labels.fixFailedUploads
          : ''
  return (
    <div className="acw-composer__footer">
      <p role="status" id={ids.status} className="acw-composer__status">
        {reason}
      </p>
      {secondsLeft > 0 && (
        // Described to the Send button; the visible countdown is the error banner's (one signal per state).
        <p id={ids.countdown} className="acw-composer__countdown acw-visually-hidden">
          {labels.sendAvailableIn(secondsLeft)}
        </p>
      )}
      {showCounter && (
        <p id={ids.counter} className="acw-composer__counter" data-over={over > 0 ? '' : undefined}>
          {over > 0 ? labels.charactersOver(over) : labels.charactersLeft(maxLength - length)}
        </p>
      )}
    </div>
  )
}

/** The counter shows in the last tenth before the limit, and over it. */
export function showsCounter(length: number, maxLength: number): boolean {
  return maxLength - length <= Math.ceil(maxLength * 0.1)
}
