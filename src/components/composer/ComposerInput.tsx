import {
  useMemo,
  useRef,
  type ChangeEvent,
  type CompositionEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import type { ComposerProps } from './ComposerProps.ts'
import { isSendKey } from './isSendKey.ts'
import { mergeRefs } from './mergeRefs.ts'
import { useAutoResize } from './useAutoResize.ts'

/** Props of `ComposerInput` (internal to `Composer`). */
export interface ComposerInputProps {
  readonly value: string
  readonly onValueChange: (value: string) => void
  /** The composer's own ref, used to keep focus after send. */
  readonly inputRef: RefObject<HTMLTextAreaElement | null>
  readonly textareaRef: ComposerProps['textareaRef']
  readonly textareaProps: NonNullable<ComposerProps['textareaProps']>
  readonly label: string
  readonly placeholder: string
  readonly disabled: boolean
  readonly invalid: boolean
  readonly maxHeight: number
  readonly describedBy: string
}

/**
 * The growing text field. Enter submits the form, Shift+Enter breaks the line, and neither reacts while an
 * IME composes text. The app's handlers in `textareaProps` run first; `preventDefault()` skips ours.
 */
export function ComposerInput({
  value,
  onValueChange,
  inputRef,
  textareaRef,
  textareaProps,
  label,
  placeholder,
  disabled,
  invalid,
  maxHeight,
  describedBy,
}: ComposerInputProps) {
  const composing = useRef(false)
  const refs = useMemo(() => mergeRefs(inputRef, textareaRef), [inputRef, textareaRef])
  useAutoResize(inputRef, value, maxHeight)

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    textareaProps.onChange?.(event)
    if (!event.defaultPrevented) onValueChange(event.target.value)
  }
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    textareaProps.onKeyDown?.(event)
    if (event.defaultPrevented || !isSendKey(event, composing.current)) return
    event.preventDefault()
    event.currentTarget.form?.requestSubmit()
  }
  const handleComposition = (event: CompositionEvent<HTMLTextAreaElement>) => {
    const start = event.type === 'compositionstart'
    ;(start ? textareaProps.onCompositionStart : textareaProps.onCompositionEnd)?.(event)
    composing.current = start
  }

  return (
    <textarea
      rows={1}
      aria-label={label}
      placeholder={placeholder}
      aria-invalid={invalid ? true : undefined}
      {...textareaProps}
      aria-describedby={[textareaProps['aria-describedby'], describedBy].filter(Boolean).join(' ')}
      ref={refs}
      className={['acw-composer__input', textareaProps.className].filter(Boolean).join(' ')}
      value={value}
      disabled={disabled}
      onChange={handleChange}
      onKeyDown={handleKeyDown}
      onCompositionStart={handleComposition}
      onCompositionEnd={handleComposition}
    />
  )
}
