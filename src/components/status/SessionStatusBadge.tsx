import type { ComponentPropsWithRef } from 'react'
import type { SessionState } from '../../client/types.ts'
import type { ChatLabels, ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { sessionBadgeState, type SessionBadgeState } from './sessionBadgeState.ts'

/** Props of `SessionStatusBadge`. */
export interface SessionStatusBadgeProps extends Omit<ComponentPropsWithRef<'span'>, 'children'> {
  /** The session's status from the status endpoint; `undefined` while unknown. */
  status: SessionState | undefined
  /** A message of this page is being handled. @default false */
  isWorking?: boolean
  /** The browser's connection. @default 'online' */
  connection?: 'online' | 'offline'
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

const text = (state: SessionBadgeState, status: SessionState | undefined, l: ChatLabels): string =>
  ({
    offline: l.statusOffline,
    working: l.statusWorking,
    error: l.statusError,
    ready: l.statusReady,
    idle: l.statusIdle,
    unknown: l.statusUnknown,
    other: status ?? l.statusUnknown,
  })[state]

/**
 * A dot and a word for the session: Ready, Working, Idle, Needs attention, Offline. Never colour alone.
 * Not a live region: announcements come from `WorkingIndicator` and the error banner.
 * @example
 * <SessionStatusBadge status={status?.status} isWorking={isSending} connection={online ? 'online' : 'offline'} />
 */
export function SessionStatusBadge({
  status,
  isWorking = false,
  connection = 'online',
  labels,
  className,
  ...props
}: SessionStatusBadgeProps) {
  const l = useLabels(labels)
  const state = sessionBadgeState(status, isWorking, connection)
  return (
    <span
      className={['acw-status-badge', className].filter(Boolean).join(' ')}
      data-status={state}
      {...props}
    >
      <span className="acw-status-badge__dot" aria-hidden="true" />
      <span className="acw-visually-hidden">{l.sessionStatus} </span>
      <span className="acw-status-badge__text">{text(state, status, l)}</span>
    </span>
  )
}
