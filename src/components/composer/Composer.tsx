import { useId, useMemo, useRef, type Ref, type SubmitEvent } from 'react'
import type { Attachment } from '../../store/types.ts'
import type { DropzoneRootProps } from 'react-dropzone'
import { AttachmentList } from '../attachments/AttachmentList.tsx'
import { RejectionList } from '../attachments/RejectionList.tsx'
import { useLabels } from '../labels/useLabels.ts'
import { useSecondsUntil } from '../status/useSecondsUntil.ts'
import { ComposerFooter, showsCounter } from './ComposerFooter.tsx'
import { ComposerInput } from './ComposerInput.tsx'
import type { ComposerProps } from './ComposerProps.ts'
import { composeEventHandlers } from './composeEventHandlers.ts'
import { getSendBlock } from './getSendBlock.ts'
import { PaperclipIcon, SendIcon } from './icons.tsx'
import { mergeRefs } from './mergeRefs.ts'
import { useComposerFiles } from './useComposerFiles.ts'
import { useControllableState } from './useControllableState.ts'

const NO_ATTACHMENTS: readonly Attachment[] = []

/**
 * The message box: a growing text field, Enter to send (Shift+Enter for a new line, IME-safe), attachments by
 * drop, paste or picker with validation, a character limit that never truncates, and a rate-limit countdown.
 * @example
 * <Composer onSend={({ text, attachments }) => send(text, attachments)} attachments={attachments}
 *   onAddFiles={addFiles} onRemoveAttachment={remove} accept="image/*,.pdf" maxSize={10_000_000} />
 */
export function Composer({
  onSend,
  value,
  defaultValue = '',
  onValueChange,
  attachments = NO_ATTACHMENTS,
  onAddFiles,
  onReject,
  onRemoveAttachment,
  onRetryAttachment,
  accept,
  maxSize,
  minSize,
  maxFiles,
  rejectionMessages,
  maxLength = 8000,
  rateLimitedUntil,
  disabled = false,
  placeholder,
  maxHeight = 200,
  textareaRef,
  textareaProps = {},
  labels,
  ref,
  className,
  onSubmit,
  onPaste,
  ...formProps
}: ComposerProps) {
  const l = useLabels(labels)
  const id = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useControllableState({ value, defaultValue, onChange: onValueChange })
  const secondsLeft = useSecondsUntil(rateLimitedUntil)
  const block = getSendBlock({ text, attachments, maxLength, disabled, secondsLeft })
  const files = useComposerFiles({
    existing: attachments.length,
    enabled: !disabled && onAddFiles !== undefined,
    ...{ accept, maxSize, minSize, maxFiles, messages: rejectionMessages, labels: l, onAddFiles, onReject },
  })

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    onSubmit?.(event)
    if (event.defaultPrevented) return
    event.preventDefault()
    if (block !== undefined) return
    onSend({ text: text.trim(), attachments })
    setText('')
    textarea.current?.focus()
  }
  // The user's handlers go through react-dropzone, which composes them with its drag handlers.
  const {
    ref: dropzoneRef,
    role: _role,
    ...rootProps
  } = files.getRootProps<DropzoneRootProps>({
    ...formProps,
    // react-dropzone marks a disabled root aria-disabled, which would disable the whole form for assistive tech.
    'aria-disabled': formProps['aria-disabled'],
  })
  const formRef = useMemo(() => mergeRefs(dropzoneRef as Ref<HTMLFormElement>, ref), [dropzoneRef, ref])
  const statusId = `${id}-status`
  const counterId = `${id}-counter`
  const countdownId = `${id}-countdown`
  const describedBy = [statusId, secondsLeft > 0 && countdownId].filter(Boolean).join(' ')

  return (
    <form
      className={['acw-composer', className].filter(Boolean).join(' ')}
      data-state={block ?? 'ready'}
      data-dragging={files.isDragActive ? '' : undefined}
      {...rootProps}
      role={formProps.role}
      ref={formRef}
      onSubmit={handleSubmit}
      onPaste={composeEventHandlers(onPaste, files.onPaste)}
    >
      <RejectionList rejections={files.rejections} onDismiss={files.dismissRejection} labels={l} />
      <AttachmentList
        attachments={attachments}
        onRemove={onRemoveAttachment}
        onRetry={onRetryAttachment}
        disabled={disabled}
        labels={l}
      />
      <div className="acw-composer__row">
        {onAddFiles && (
          <button type="button" className="acw-composer__attach" disabled={disabled} onClick={files.open}>
            <PaperclipIcon />
            <span className="acw-visually-hidden">{l.attachFiles}</span>
          </button>
        )}
        <ComposerInput
          value={text}
          onValueChange={setText}
          inputRef={textarea}
          textareaRef={textareaRef}
          textareaProps={textareaProps}
          label={l.composerLabel}
          placeholder={placeholder ?? l.composerPlaceholder}
          disabled={disabled}
          invalid={block === 'too-long'}
          maxHeight={maxHeight}
          describedBy={[showsCounter(text.length, maxLength) && counterId, statusId]
            .filter(Boolean)
            .join(' ')}
        />
        <button
          type="submit"
          className="acw-composer__send"
          aria-disabled={block !== undefined ? true : undefined}
          aria-describedby={describedBy}
          disabled={disabled}
        >
          <SendIcon />
          <span className="acw-visually-hidden">{l.send}</span>
        </button>
      </div>
      <input
        {...files.getInputProps({
          accept: acceptAttribute(accept),
          'aria-label': l.attachFiles,
          // The attach button is the control; this input is only the browser's file picker.
          'aria-hidden': true,
        })}
      />
      <ComposerFooter
        block={block}
        length={text.length}
        maxLength={maxLength}
        secondsLeft={secondsLeft}
        labels={l}
        ids={{ status: statusId, counter: counterId, countdown: countdownId }}
      />
      {files.isDragActive && (
        <div className="acw-composer__drop" aria-hidden="true">
          {l.dropFiles}
        </div>
      )}
    </form>
  )
}

function acceptAttribute(accept: string | readonly string[] | undefined): string | undefined {
  return accept === undefined ? undefined : typeof accept === 'string' ? accept : accept.join(',')
}
