import type { MarkdownLabels } from './markdownLabels.ts'

/** Props of {@link TaskMarker}. */
export interface TaskMarkerProps {
  /** Whether the task is done (`- [x]`). */
  checked: boolean
  /** Accessible names of the two states. */
  labels: Required<MarkdownLabels>
}

/**
 * The marker of a task list item, followed by a space as GFM has it. A named image rather than a disabled
 * checkbox: untrusted content never produces form controls, and a bare read-only checkbox would have no name.
 */
export function TaskMarker({ checked, labels }: TaskMarkerProps) {
  return (
    <>
      <span
        className="acw-markdown__task"
        role="img"
        aria-label={checked ? labels.taskDone : labels.taskOpen}
        data-state={checked ? 'checked' : 'unchecked'}
      >
        {checked ? '☑' : '☐'}
      </span>{' '}
    </>
  )
}
