import { useId, useState, type ComponentPropsWithRef } from 'react'
import type { RuntimeErrorInfo } from '../../client/types.ts'
import type { ChatLabels, ChatLabelsOverrides } from '../labels/ChatLabels.ts'
import { useLabels } from '../labels/useLabels.ts'
import { useSecondsUntil } from '../status/useSecondsUntil.ts'
import { BannerIcon } from './BannerIcon.tsx'
import { ErrorReference } from './ErrorReference.tsx'
import { presentError, type ErrorAction } from './errorPresentation.ts'

/** Props of `ErrorBanner`. */
export interface ErrorBannerProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The error to show; its `code` picks the presentation. */
  error: RuntimeErrorInfo
  /** The kit still recovers on its own: shows "Reconnecting…" / "Still working…" and no Retry. @default false */
  recovering?: boolean
  /** For `rate_limited`: epoch ms of the automatic retry. @default mount time + `error.retryAfterMs` */
  retryAt?: number
  /** Retry the failed request; the Retry button shows only with it. */
  onRetry?: () => void
  /** Start a new conversation (session_not_found). */
  onStartNew?: () => void
  /** Put the message back into the composer to change it (content_policy, invalid_request, payload_too_large). */
  onEdit?: () => void
  /** Hide the banner. */
  onDismiss?: () => void
  /** Called after the reference id was copied. */
  onCopyReference?: (referenceId: string) => void
  /** Text overrides. @default English */
  labels?: ChatLabelsOverrides
}

const actionLabel = (action: ErrorAction, l: ChatLabels) =>
  ({ retry: l.retry, startNew: l.startNewConversation, edit: l.editMessage, dismiss: l.dismiss })[action]

/**
 * One presentation per error code: title, what happens next, the allowed actions and a copyable reference.
 * Announced assertively (`role="alert"`); the rate-limit countdown sits outside the alert so it is not
 * re-read every second. The root takes `tabIndex={-1}` so the app can move focus to it with `ref`.
 * @example
 * <ErrorBanner ref={bannerRef} error={error} onRetry={retry} onDismiss={clear} onStartNew={startNew} />
 */
export function ErrorBanner({
  error,
  recovering = false,
  retryAt,
  onRetry,
  onStartNew,
  onEdit,
  onDismiss,
  onCopyReference,
  labels,
  className,
  ...props
}: ErrorBannerProps) {
  const l = useLabels(labels)
  const titleId = useId()
  const presented = presentError(error, l, { recovering })
  const [mountedAt] = useState(() => Date.now())
  const until = retryAt ?? (error.retryAfterMs === undefined ? undefined : mountedAt + error.retryAfterMs)
  const seconds = useSecondsUntil(presented.countdown ? until : undefined)
  const handlers: Record<ErrorAction, (() => void) | undefined> = {
    retry: onRetry,
    startNew: onStartNew,
    edit: onEdit,
    dismiss: onDismiss,
  }
  const actions = presented.actions.filter((action) => action !== 'dismiss' && handlers[action] !== undefined)
  // An ended conversation that cannot be restarted here does not point at a button that is not there.
  const description =
    presented.actions.includes('startNew') && onStartNew === undefined
      ? l.sessionEndedNoRestart
      : presented.description
  const dismissible = presented.actions.includes('dismiss') && onDismiss !== undefined
  const referenceId = error.correlationId ?? error.requestId
  // States the kit recovers from on its own look calm (neutral), not alarming.
  const tone = presented.recovering ? 'info' : presented.tone

  return (
    <div
      tabIndex={-1}
      className={['acw-banner', className].filter(Boolean).join(' ')}
      data-code={error.code}
      data-tone={tone}
      data-state={presented.recovering ? 'recovering' : 'settled'}
      aria-labelledby={titleId}
      {...props}
    >
      <BannerIcon tone={tone} />
      <div className="acw-banner__body">
        <div role="alert" className="acw-banner__message">
          <p className="acw-banner__title" id={titleId}>
            {presented.title}
          </p>
          {description !== '' && <p className="acw-banner__description">{description}</p>}
        </div>
        {presented.countdown && until !== undefined && (
          <p className="acw-banner__countdown" aria-live="off">
            {seconds > 0 ? l.retryingIn(seconds) : l.retryingNow}
          </p>
        )}
        {(actions.length > 0 || referenceId !== undefined) && (
          <div className="acw-banner__actions">
            {actions.map((action, index) => (
              <button
                key={action}
                type="button"
                className="acw-banner__action"
                data-variant={index === 0 ? 'primary' : 'secondary'}
                data-action={action}
                onClick={handlers[action]}
              >
                {actionLabel(action, l)}
              </button>
            ))}
            {referenceId !== undefined && (
              <details className="acw-banner__details">
                <summary className="acw-banner__details-summary">{l.errorDetails}</summary>
                <ErrorReference referenceId={referenceId} onCopyReference={onCopyReference} labels={l} />
              </details>
            )}
          </div>
        )}
      </div>
      {dismissible && (
        <button
          type="button"
          className="acw-icon-button acw-banner__dismiss"
          data-action="dismiss"
          aria-label={l.dismiss}
          title={l.dismiss}
          onClick={onDismiss}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      )}
    </div>
  )
}
