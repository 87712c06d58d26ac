import { useEffect, useState, type ComponentPropsWithRef, type MouseEvent } from 'react'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'

/** Where a copy button stands. */
export type CopyState = 'idle' | 'copied' | 'failed'

/** Props of {@link CopyButton}. */
export interface CopyButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'value' | 'children'> {
  /** The text written to the clipboard. */
  value: string
  /** Accessible name while idle (it should contain the visible `copy` text). @default labels.copy */
  label?: string
  /** Button texts. */
  labels?: Partial<MarkdownLabels>
  /** How long the "Copied" or "Copy failed" state lasts, in ms. @default 2000 */
  resetAfterMs?: number
}

/**
 * A button that copies `value` with `navigator.clipboard`, shows "Copied" and announces it politely.
 * @example
 * <CopyButton value={correlationId} label="Copy reference ID" />
 */
export function CopyButton({
  value,
  label,
  labels,
  resetAfterMs = 2000,
  className,
  onClick,
  ...props
}: CopyButtonProps) {
  const text = { ...defaultMarkdownLabels, ...labels }
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), resetAfterMs)
    return () => clearTimeout(timer)
  }, [state, resetAfterMs])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event)
    if (!event.defaultPrevented) void copy()
  }

  const status = state === 'copied' ? text.copied : state === 'failed' ? text.copyFailed : ''
  return (
    <>
      <button
        type="button"
        aria-label={state === 'idle' ? (label ?? text.copy) : undefined}
        {...props}
        className={className ? `acw-copy-button ${className}` : 'acw-copy-button'}
        data-state={state}
        onClick={handleClick}
      >
        {status || text.copy}
      </button>
      <span role="status" className="acw-visually-hidden">
        {status}
      </span>
    </>
  )
}
