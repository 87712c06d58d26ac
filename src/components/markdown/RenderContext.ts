import type { MarkdownLabels } from './markdownLabels.ts'

/** What the token renderers need from `Markdown`'s props. */
export interface RenderContext {
  readonly labels: Required<MarkdownLabels>
  readonly allowImages: boolean
  readonly highlightCode: boolean
}
