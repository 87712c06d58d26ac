import { en } from '../labels/en.ts'

/** Texts of the thread. Keys match the kit's label catalog, so a full catalog can be passed. */
export interface ThreadLabels {
  /** Accessible name of the log region. */
  readonly threadLabel: string
  /** Heading of the default empty state. */
  readonly emptyTitle: string
  /** Text of the default empty state. */
  readonly emptyDescription: string
  /** Shown (and announced) while older messages load. */
  readonly loadingOlder: string
  /** Text of the jump-to-latest button. */
  readonly jumpToLatest: string
  /** Count of messages that arrived while the reader was scrolled up. */
  readonly newMessages: (count: number) => string
  /** Announcement of a finished reply, given its first characters as plain text. */
  readonly assistantReplied: (summary: string) => string
}

/** English defaults. */
export const defaultThreadLabels: ThreadLabels = {
  threadLabel: en.threadLabel,
  emptyTitle: en.emptyTitle,
  emptyDescription: en.emptyDescription,
  loadingOlder: en.loadingOlder,
  jumpToLatest: en.jumpToLatest,
  newMessages: en.newMessages,
  assistantReplied: en.assistantReplied,
}
