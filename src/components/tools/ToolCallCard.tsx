import type { ComponentPropsWithRef } from 'react'
import type { ToolCall, ToolCallStatus } from '../../client/types.ts'
import { Icon, type IconName } from './Icon.tsx'
import { defaultToolLabels, type ToolLabels } from './toolLabels.ts'
import { ToolValue } from './ToolValue.tsx'

const STATUS: Record<
  ToolCallStatus,
  { icon: IconName; label: 'toolRunning' | 'toolSucceeded' | 'toolFailed' }
> = {
  running: { icon: 'spinner', label: 'toolRunning' },
  succeeded: { icon: 'check', label: 'toolSucceeded' },
  failed: { icon: 'cross', label: 'toolFailed' },
}

/** Props of {@link ToolCallCard}. */
export interface ToolCallCardProps extends ComponentPropsWithRef<'div'> {
  /** The tool call to show. */
  call: ToolCall
  /** Texts (English by default). */
  labels?: Partial<ToolLabels>
  /** Characters of the arguments or the result shown before "Show all". @default 600 */
  maxValueLength?: number
}

/**
 * The default card of one tool call: a compact row (status icon, name, status, duration) that expands to the
 * arguments and result as pretty JSON; the error of a failed call shows under the row.
 * @example
 * <ToolCallCard call={message.toolCalls[0]} />
 */
export function ToolCallCard({ call, labels, maxValueLength = 600, className, ...props }: ToolCallCardProps) {
  const text = { ...defaultToolLabels, ...labels }
  const status = STATUS[call.status]
  const expandable = call.args !== undefined || call.result !== undefined
  const row = (
    <>
      <Icon name={status.icon} className="acw-tool-card__icon" />
      <span className="acw-tool-card__name">{call.name}</span>
      <span className="acw-tool-card__status">{text[status.label]}</span>
      {call.durationMs !== undefined && (
        <span className="acw-tool-card__duration">{text.duration(call.durationMs)}</span>
      )}
    </>
  )
  return (
    <div
      {...props}
      className={className ? `acw-tool-card ${className}` : 'acw-tool-card'}
      data-status={call.status}
      data-tool={call.name}
    >
      {expandable ? (
        <details className="acw-tool-card__disclosure">
          <summary className="acw-tool-card__header">
            {row}
            <span className="acw-tool-card__chevron" aria-hidden="true" />
          </summary>
          <div className="acw-tool-card__content">
            {call.args !== undefined && (
              <ToolValue
                label={text.toolArguments}
                value={call.args}
                labels={text}
                maxLength={maxValueLength}
              />
            )}
            {call.result !== undefined && (
              <ToolValue
                label={text.toolResult}
                value={call.result}
                labels={text}
                maxLength={maxValueLength}
              />
            )}
          </div>
        </details>
      ) : (
        <div className="acw-tool-card__header">{row}</div>
      )}
      {call.status === 'failed' && call.error && <p className="acw-tool-card__error">{call.error}</p>}
    </div>
  )
}
