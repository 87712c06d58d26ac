import { en } from '../labels/en.ts'

/** Texts of the markdown renderer. Keys match the kit's label catalog, so a full catalog can be passed. */
export interface MarkdownLabels {
  /** Visible text of a copy button. */
  readonly copy: string
  /** Visible text after a successful copy, also announced. */
  readonly copied: string
  /** Accessible name of a code block's copy button. */
  readonly copyCode: string
  /** Visible text and announcement when the clipboard refused. */
  readonly copyFailed?: string
  /** Accessible name of a checked task list item marker. */
  readonly taskDone?: string
  /** Accessible name of an unchecked task list item marker. */
  readonly taskOpen?: string
}

/** English defaults. */
export const defaultMarkdownLabels: Required<MarkdownLabels> = {
  copy: en.copy,
  copied: en.copied,
  copyCode: en.copyCode,
  copyFailed: 'Copy failed',
  taskDone: 'Done',
  taskOpen: 'Not done',
}
