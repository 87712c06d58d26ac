import { createElement, type ReactNode } from 'react'
import { RuleType, type MarkdownToJSX } from 'markdown-to-jsx'
import { CodeBlock } from './CodeBlock.tsx'
import type { MarkdownLabels } from './markdownLabels.ts'
import { SafeLink } from './SafeLink.tsx'
import { safeMarkdownImageSrc } from './safeUrl.ts'

interface ImageProps {
  src?: string
  alt?: string
  title?: string
  allowImages: boolean
}

/** Markdown images: only `https:` and `data:image/*`, never sending a referrer; otherwise the alt text. */
function MarkdownImage({ src, alt, title, allowImages }: ImageProps) {
  const safe = allowImages ? safeMarkdownImageSrc(src) : null
  if (safe === null) return alt ? <span className="acw-markdown__image-alt">{alt}</span> : null
  return (
    <img
      src={safe}
      alt={alt ?? ''}
      title={title}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  )
}

/** A task list marker that screen readers can name (a bare read-only checkbox would have no label). */
function TaskMarker({ checked, done, open }: { checked?: boolean; done: string; open: string }) {
  return (
    <span
      className="acw-markdown__task"
      role="img"
      aria-label={checked ? done : open}
      data-state={checked ? 'checked' : 'unchecked'}
    >
      {checked ? '☑' : '☐'}
    </span>
  )
}

/** Drops ids taken from untrusted text (headings, footnotes): they could collide or clobber DOM globals. */
function WithoutId({ tag, children, className }: { tag: string; children?: ReactNode; className?: string }) {
  return createElement(tag, { className }, children)
}

/** Tables scroll sideways in a narrow chat; the wrapper is focusable so that works by keyboard too. */
function ScrollableTable({ children }: { children?: ReactNode }) {
  return (
    <div className="acw-markdown__table" tabIndex={0}>
      <table>{children}</table>
    </div>
  )
}

const withoutId = (tag: string) => ({ component: WithoutId, props: { tag } })

/** The markdown-to-jsx options used by `Markdown`: no raw HTML, safe links and images, code blocks with Copy. */
export function createMarkdownOptions(
  labels: Required<MarkdownLabels>,
  allowImages: boolean,
): MarkdownToJSX.Options {
  return {
    disableParsingRawHTML: true,
    forceBlock: true,
    wrapper: null,
    overrides: {
      a: SafeLink,
      img: { component: MarkdownImage, props: { allowImages } },
      input: { component: TaskMarker, props: { done: labels.taskDone, open: labels.taskOpen } },
      h1: withoutId('h1'),
      h2: withoutId('h2'),
      h3: withoutId('h3'),
      h4: withoutId('h4'),
      h5: withoutId('h5'),
      h6: withoutId('h6'),
      div: withoutId('div'),
      table: ScrollableTable,
    },
    renderRule(next, node, _renderChildren, state) {
      if (node.type === RuleType.codeBlock) {
        return <CodeBlock key={state.key} code={node.text} language={node.lang} labels={labels} />
      }
      return next()
    },
  }
}
