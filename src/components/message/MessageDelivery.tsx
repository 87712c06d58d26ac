import type { ComponentPropsWithRef } from 'react'
import type { RuntimeErrorCode, RuntimeErrorInfo } from '../../client/types.ts'
import type { DeliveryState } from '../../store/types.ts'
import { Icon } from '../tools/Icon.tsx'
import { defaultMessageLabels, type MessageLabels } from './messageLabels.ts'

/** Failures that sending the same message again cannot fix: no Retry (edit it, or start a new conversation). */
const FINAL_CODES: ReadonlySet<RuntimeErrorCode> = new Set<RuntimeErrorCode>([
  'content_policy',
  'session_not_found',
  'unauthorized',
  'forbidden',
  'payload_too_large',
])

/** Props of {@link MessageDelivery}. */
export interface MessageDeliveryProps extends ComponentPropsWithRef<'div'> {
  /** The message's key, passed to `onRetry` and `onDiscard`. */
  messageKey: string
  /** Where the message stands. */
  delivery: DeliveryState
  /** Texts (English by default). */
  labels?: Partial<MessageLabels>
  /** The text shown for a failure. @default error.message */
  describeError?: (error: RuntimeErrorInfo) => string
  /** Resends a failed message; without it the Retry button is disabled. */
  onRetry?: (key: string) => void
  /** Drops a failed message; without it the Discard button is disabled. */
  onDiscard?: (key: string) => void
  /** The message is kept in memory only (storage full, or too large to store): says it is lost on reload. */
  unsaved?: boolean | undefined
}

/**
 * The delivery state of a user's message: queued, sending, sent (a check), unknown ("Checking delivery…"), or
 * failed with the reason and Retry / Discard buttons. Icons always come with text.
 * @example
 * <MessageDelivery messageKey={m.key} delivery={m.delivery} onRetry={retry} onDiscard={discard} />
 */
export function MessageDelivery({ unsaved, ...props }: MessageDeliveryProps) {
  const state = <DeliveryStatus {...props} />
  if (!unsaved || props.delivery.status === 'sent') return state
  const text = { ...defaultMessageLabels, ...props.labels }
  return (
    <>
      {state}
      <span className="acw-delivery__unsaved" data-unsaved="">
        {text.notSaved}
      </span>
    </>
  )
}

function DeliveryStatus(props: Omit<MessageDeliveryProps, 'unsaved'>) {
  const { messageKey, delivery, labels, describeError, onRetry, onDiscard, className, ...rest } = props
  const text = { ...defaultMessageLabels, ...labels }
  const root = {
    ...rest,
    className: className ? `acw-delivery ${className}` : 'acw-delivery',
    'data-status': delivery.status,
  }
  switch (delivery.status) {
    case 'queued':
      return (
        <div {...root}>
          <Icon name="clock" />
          {text.queued}
        </div>
      )
    case 'sending':
      return (
        <div {...root}>
          <Icon name="spinner" />
          {text.sending}
        </div>
      )
    case 'sent':
      return (
        <div {...root}>
          <Icon name="check" />
          <span className="acw-visually-hidden">{text.sent}</span>
        </div>
      )
    case 'unknown':
      return (
        <div {...root}>
          <Icon name="spinner" />
          {text.checkingDelivery}
        </div>
      )
    case 'failed':
      return (
        <div {...root}>
          <p className="acw-delivery__error">
            <Icon name="alert" />
            <span>
              <strong>{text.failed}</strong>{' '}
              {describeError ? describeError(delivery.error) : delivery.error.message}
            </span>
          </p>
          <div className="acw-delivery__actions">
            {!FINAL_CODES.has(delivery.error.code) && (
              <button
                type="button"
                className="acw-button"
                disabled={!onRetry}
                onClick={() => onRetry?.(messageKey)}
              >
                {text.retry}
              </button>
            )}
            <button
              type="button"
              className="acw-button"
              disabled={!onDiscard}
              onClick={() => onDiscard?.(messageKey)}
            >
              {text.discard}
            </button>
          </div>
        </div>
      )
    default:
      return delivery satisfies never
  }
}
