import type { MarkdownLabels } from './markdownLabels.ts'

/** Props of {@link TaskMarker}. */
export interface TaskMarkerProps {
  /** Whether the task is done (`- [x]`). */
  checked: boolean
  /** Accessible names of the two states. */
  labels: Required<MarkdownLabels>
}

/** The marker of a task list item: a read-only checkbox named by its state, followed by a space as GFM has it. */
export function TaskMarker({ checked, labels }: TaskMarkerProps) {
  return (
    <>
      <input
        type="checkbox"
        className="acw-markdown__task"
        defaultChecked={checked}
        disabled
        aria-label={checked ? labels.taskDone : labels.taskOpen}
      />{' '}
    </>
  )
}
