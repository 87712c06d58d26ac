import { createElement, type ComponentPropsWithRef, type ReactNode } from 'react'
import type { ToolCall } from '../../client/types.ts'
import { ToolCallCard } from './ToolCallCard.tsx'
import { defaultToolLabels, type ToolLabels } from './toolLabels.ts'

/** Renders one tool call in place of the default card. It may use hooks. */
export type ToolRenderer = (props: { call: ToolCall }) => ReactNode

/** Custom renderers by tool name. */
export type ToolRenderers = Readonly<Record<string, ToolRenderer>>

/** Props of {@link ToolUsagePanel}. */
export interface ToolUsagePanelProps extends ComponentPropsWithRef<'ul'> {
  /** The tool calls of one assistant message, in order. */
  toolCalls: readonly ToolCall[]
  /** Custom renderers by tool name; other tools get a `ToolCallCard`. */
  toolRenderers?: ToolRenderers
  /** Texts (English by default). */
  labels?: Partial<ToolLabels>
}

/** The panel's overall state: failed if any call failed, else running if any still runs. */
function overallStatus(calls: readonly ToolCall[]) {
  if (calls.some((call) => call.status === 'failed')) return 'failed'
  return calls.some((call) => call.status === 'running') ? 'running' : 'succeeded'
}

/**
 * The tools an assistant message used, each as a custom renderer (by tool name) or the default `ToolCallCard`.
 * Renders nothing without tool calls.
 * @example
 * <ToolUsagePanel toolCalls={message.toolCalls} toolRenderers={{ get_weather: WeatherCard }} />
 */
export function ToolUsagePanel({
  toolCalls,
  toolRenderers,
  labels,
  className,
  ...props
}: ToolUsagePanelProps) {
  if (toolCalls.length === 0) return null
  const text = { ...defaultToolLabels, ...labels }
  return (
    <ul
      aria-label={text.toolUsage}
      {...props}
      className={className ? `acw-tools ${className}` : 'acw-tools'}
      data-status={overallStatus(toolCalls)}
    >
      {toolCalls.map((call, index) => {
        // Own keys only: a tool named "constructor" must not reach Object.prototype.
        const renderer =
          toolRenderers && Object.hasOwn(toolRenderers, call.name) ? toolRenderers[call.name] : undefined
        return (
          <li key={`${index}:${call.id}`} className="acw-tools__item">
            {renderer ? createElement(renderer, { call }) : <ToolCallCard call={call} labels={labels} />}
          </li>
        )
      })}
    </ul>
  )
}
