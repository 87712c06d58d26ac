import { en } from '../labels/en.ts'

/** Texts of the tool usage panel. Keys match the kit's label catalog, so a full catalog can be passed. */
export interface ToolLabels {
  /** Accessible name of the list of tool calls. */
  readonly toolUsage: string
  /** Caption of the arguments section. */
  readonly toolArguments: string
  /** Caption of the result section. */
  readonly toolResult: string
  /** Status text of a running tool. */
  readonly toolRunning: string
  /** Status text of a tool that succeeded. */
  readonly toolSucceeded: string
  /** Status text of a tool that failed. */
  readonly toolFailed: string
  /** Formats a duration in milliseconds. */
  readonly duration: (ms: number) => string
  /** Expands a truncated value. */
  readonly showAll: string
  /** Collapses an expanded value. */
  readonly showLess: string
}

/** English defaults. */
export const defaultToolLabels: ToolLabels = {
  toolUsage: en.toolUsage,
  toolArguments: en.toolArguments,
  toolResult: en.toolResult,
  toolRunning: en.toolRunning,
  toolSucceeded: en.toolSucceeded,
  toolFailed: en.toolFailed,
  duration: en.duration,
  showAll: en.showAll,
  showLess: en.showLess,
}
