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
 * "Working… 12 s" while the assistant handles a message. Screen readers hear "Assistant is working" once:
 * the live region is filled just after mount and never changes; the ticking seconds are hidden from them.
 * @example
 * {isWorking && <WorkingIndicator since={sendingSince} />}
 */
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
      <span className="acw-working__text" aria-hidden="true">
        {since === undefined ? l.statusWorking : l.working(seconds)}
      </span>
      <span role="status" className="acw-visually-hidden">
        {announce ? l.assistantWorking : ''}
      </span>
    </div>
  )
}
