import { useId, useState, type ComponentPropsWithRef } from 'react'
import { CopyButton } from '../markdown/CopyButton.tsx'
import type { MarkdownLabels } from '../markdown/markdownLabels.ts'
import { Icon } from '../tools/Icon.tsx'
import { defaultMessageLabels, type MessageLabels } from './messageLabels.ts'

/** Props of {@link MessageDetails}. */
export interface MessageDetailsProps extends ComponentPropsWithRef<'div'> {
  /** The reference shown to the user and to support. */
  correlationId: string
  /** Whether the panel is open (controlled). */
  open?: boolean
  /** Whether the panel starts open (uncontrolled). @default false */
  defaultOpen?: boolean
  /** Called with the next open state. */
  onOpenChange?: (open: boolean) => void
  /** Texts (English by default). */
  labels?: Partial<MessageLabels & MarkdownLabels>
}

/**
 * A "Message details" disclosure button and its panel: the correlation id with a Copy button.
 * @example
 * <MessageDetails correlationId={message.correlationId} />
 */
export function MessageDetails(props: MessageDetailsProps) {
  const { correlationId, open, defaultOpen = false, onOpenChange, labels, className, ...rest } = props
  const text = { ...defaultMessageLabels, ...labels }
  const [uncontrolled, setUncontrolled] = useState(defaultOpen)
  const isOpen = open ?? uncontrolled
  const panelId = useId()
  const toggle = () => {
    if (open === undefined) setUncontrolled(!isOpen)
    onOpenChange?.(!isOpen)
  }
  return (
    <div
      {...rest}
      className={className ? `acw-message-details ${className}` : 'acw-message-details'}
      data-state={isOpen ? 'open' : 'closed'}
    >
      <button
        type="button"
        className="acw-message-details__toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={toggle}
      >
        <Icon name="more" />
        <span className="acw-visually-hidden">{text.messageDetails}</span>
      </button>
      <dl id={panelId} className="acw-message-details__panel" hidden={!isOpen}>
        <dt>{text.referenceId}</dt>
        <dd>
          <code className="acw-message-details__id">{correlationId}</code>
          <CopyButton value={correlationId} label={text.copyReference} labels={labels} />
        </dd>
      </dl>
    </div>
  )
}
