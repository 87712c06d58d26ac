import type { ComponentPropsWithRef } from 'react'
import type { ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { CloseIcon } from './icons.tsx'
import { truncateName } from './truncateName.ts'
import type { FileRejection } from './validateFiles.ts'

/** Props of `RejectionList`. */
export interface RejectionListProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The rejections to show, one line per file. */
  rejections: readonly FileRejection<File>[]
  /** Called when the user dismisses one; no dismiss buttons without it. */
  onDismiss?: (rejection: FileRejection<File>) => void
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

// Stable keys per rejection object, so dismissing one does not re-create (and re-announce) the others.
const keys = new WeakMap<object, number>()
let nextKey = 0
const keyOf = (rejection: object) => {
  let key = keys.get(rejection)
  if (key === undefined) keys.set(rejection, (key = nextKey++))
  return key
}

/**
 * Files that were not added, each with its readable reason. A polite live region that stays mounted,
 * so new reasons are announced once.
 * @example
 * <RejectionList rejections={rejections} onDismiss={(r) => setRejections((all) => all.filter((x) => x !== r))} />
 */
export function RejectionList({ rejections, onDismiss, labels, className, ...props }: RejectionListProps) {
  const l = useLabels(labels)
  return (
    <div role="status" className={['acw-rejections', className].filter(Boolean).join(' ')} {...props}>
      {rejections.length > 0 && (
        <ul className="acw-rejections__list" aria-label={l.rejectionsLabel}>
          {rejections.map((rejection) => (
            <li
              key={keyOf(rejection)}
              className="acw-rejection"
              data-code={rejection.code}
              title={rejection.file.name}
            >
              <span className="acw-rejection__message">{rejection.message}</span>
              {onDismiss && (
                <button type="button" className="acw-rejection__dismiss" onClick={() => onDismiss(rejection)}>
                  <CloseIcon />
                  <span className="acw-visually-hidden">
                    {l.dismissRejection(truncateName(rejection.file.name))}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
