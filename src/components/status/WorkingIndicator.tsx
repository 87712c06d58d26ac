import { useEffect, useState, type ComponentPropsWithRef } from 'react'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { useSecondsSince } from './useSecondsSince.ts'

/** Props of `WorkingIndicator`. */
export interface WorkingIndicatorProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** Epoch ms when the work started; shows the elapsed seconds. Without it, only "Working". */
  since?: number
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

/**
 * Typing dots while the assistant handles a message, with "Working… 12 s" once it takes a while. Screen readers hear "Assistant is working" once:
 * the live region is filled just after mount and never changes; the ticking seconds are hidden from them.
 * @example
 * {isWorking && <WorkingIndicator since={sendingSince} />}
 */
/** Seconds after which the elapsed time shows next to the dots. */
const SLOW_SECONDS = 8

export function WorkingIndicator({ since, labels, className, ...props }: WorkingIndicatorProps) {
  const l = useLabels(labels)
  const seconds = useSecondsSince(since)
  // A live region announces changes, not its first content: fill it after it is in the tree.
  const [announce, setAnnounce] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setAnnounce(true), 100)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className={['acw-working', className].filter(Boolean).join(' ')} data-state="working" {...props}>
      <span className="acw-working__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {/* The dots say it; the seconds only once a reply is slow. */}
      {since !== undefined && seconds >= SLOW_SECONDS && (
        <span className="acw-working__text" aria-hidden="true">
          {l.working(seconds)}
        </span>
      )}
      <span role="status" className="acw-visually-hidden">
        {announce ? l.assistantWorking : ''}
      </span>
    </div>
  )
}
