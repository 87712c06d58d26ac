import { useEffect, useState, type ComponentPropsWithRef } from 'react'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'

/** Props of `ErrorReference`. */
export interface ErrorReferenceProps extends Omit<ComponentPropsWithRef<'p'>, 'children'> {
  /** The id to show and copy: a correlation or request id. */
  referenceId: string
  /** Called after the id was copied to the clipboard. */
  onCopyReference?: (referenceId: string) => void
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

const shorten = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id)

/**
 * "Reference: 3f2a9c1e…" with a Copy button, for support requests. The full id is copied and read to
 * screen readers; the shortened one is what sighted users see, with the full id in a tooltip.
 * @example
 * <ErrorReference referenceId={error.correlationId} />
 */
export function ErrorReference({
  referenceId,
  onCopyReference,
  labels,
  className,
  ...props
}: ErrorReferenceProps) {
  const l = useLabels(labels)
  const short = shorten(referenceId)
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(referenceId)
      setCopied(true)
      onCopyReference?.(referenceId)
    } catch {
      // No clipboard (insecure context, denied permission): the id stays visible to copy by hand.
    }
  }
  return (
    <p className={['acw-banner__reference', className].filter(Boolean).join(' ')} {...props}>
      {short === referenceId ? (
        <span>{l.errorReference(referenceId)}</span>
      ) : (
        <>
          <span aria-hidden="true" title={referenceId}>
            {l.errorReference(short)}
          </span>
          <span className="acw-visually-hidden">{l.errorReference(referenceId)}</span>
        </>
      )}{' '}
      <button
        type="button"
        className="acw-banner__copy"
        onClick={() => void copy()}
        data-state={copied ? 'copied' : 'idle'}
      >
        {copied ? l.copied : l.copyReference}
      </button>
      <span role="status" className="acw-visually-hidden">
        {copied ? l.copied : ''}
      </span>
    </p>
  )
}
