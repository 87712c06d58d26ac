import { Markdown } from '@storybook/addon-docs/blocks'
import type { AnchorHTMLAttributes } from 'react'

/** The Storybook page of each docs/*.md file, so that links between the pages work in Storybook too. */
const PAGES: Readonly<Record<string, string>> = {
  'getting-started.md': 'guides-getting-started--docs',
  'theming.md': 'guides-theming--docs',
  'tool-renderers.md': 'guides-tool-renderers--docs',
  'headless.md': 'guides-headless--docs',
  'errors.md': 'guides-errors-and-recovery--docs',
  'api-assumptions.md': 'guides-api-assumptions--docs',
  'reference.md': 'reference-props-and-options--docs',
  'proxy.md': 'guides-proxy--docs',
  'embedding.md': 'guides-embedding--docs',
  'markdown.md': 'guides-markdown--docs',
  'design-review.md': 'guides-design-review--docs',
  'reliability.md': 'reliability-overview--docs',
  'reliability-tabs.md': 'reliability-two-tabs--docs',
}

/** A link of a docs page: to another page, the Storybook page of it (in the whole window); else as written. */
function DocLink({ href = '', ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const page = PAGES[href.replace(/^(\.\/|docs\/)/, '').split('#')[0] ?? '']
  if (page) return <a {...props} href={`./?path=/docs/${page}`} target="_top" />
  return <a {...props} href={href} />
}

/** One page of docs/, rendered as a Storybook docs page. */
export function DocPage({ source }: { readonly source: string }) {
  return <Markdown options={{ overrides: { a: DocLink } }}>{source}</Markdown>
}
