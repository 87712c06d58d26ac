import { createElement, type ReactNode } from 'react'
import type { Token, Tokens } from 'marked'
import { CodeBlock } from './CodeBlock.tsx'
import { decodeEntities } from './decodeEntities.ts'
import type { RenderContext } from './RenderContext.ts'
import { renderInline } from './renderInline.tsx'
import { TaskMarker } from './TaskMarker.tsx'

function renderTable(token: Tokens.Table, key: number, context: RenderContext): ReactNode {
  const cell = (tag: 'th' | 'td', item: Tokens.TableCell, index: number) =>
    createElement(tag, { key: index, align: item.align ?? undefined }, renderInline(item.tokens, context))
  // Tables scroll sideways in a narrow chat; the wrapper is focusable so that works by keyboard too.
  return (
    <div key={key} className="acw-markdown__table" tabIndex={0}>
      <table>
        <thead>
          <tr>{token.header.map((item, index) => cell('th', item, index))}</tr>
        </thead>
        {token.rows.length > 0 && (
          <tbody>
            {token.rows.map((row, index) => (
              <tr key={index}>{row.map((item, column) => cell('td', item, column))}</tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  )
}

function renderList(token: Tokens.List, key: number, context: RenderContext): ReactNode {
  const items = token.items.map((item, index) => <li key={index}>{renderBlocks(item.tokens, context)}</li>)
  if (!token.ordered) return <ul key={key}>{items}</ul>
  const start = Number(token.start)
  return (
    <ol key={key} start={start === 1 || Number.isNaN(start) ? undefined : start}>
      {items}
    </ol>
  )
}

function renderBlock(token: Token, key: number, context: RenderContext): ReactNode {
  switch (token.type) {
    case 'space':
    case 'def':
      return null
    case 'hr':
      return <hr key={key} />
    case 'heading':
      // No ids from untrusted text: they could collide with the host page's or clobber DOM globals.
      return createElement(`h${token.depth as number}`, { key }, renderInline(token.tokens, context))
    case 'paragraph':
      return <p key={key}>{renderInline(token.tokens, context)}</p>
    case 'text':
      return token.tokens ? renderInline(token.tokens, context) : decodeEntities(token.text as string)
    case 'code': {
      const language = decodeEntities(((token.lang as string | undefined) ?? '').match(/^\S*/)![0])
      return (
        <CodeBlock
          key={key}
          code={token.text as string}
          language={language || undefined}
          highlight={context.highlightCode}
          labels={context.labels}
        />
      )
    }
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks(token.tokens, context)}</blockquote>
    case 'list':
      return renderList(token as Tokens.List, key, context)
    case 'table':
      return renderTable(token as Tokens.Table, key, context)
    case 'checkbox':
      return <TaskMarker key={key} checked={token.checked === true} labels={context.labels} />
    case 'html':
      // Raw HTML is shown as the text it is, never parsed.
      return (
        <p key={key} className="acw-markdown__raw-html">
          {(token.text as string).replace(/\n+$/, '')}
        </p>
      )
    default:
      return null
  }
}

/** React nodes for block tokens (paragraphs, headings, lists, tables, code blocks, quotes). */
export function renderBlocks(tokens: readonly Token[] | undefined, context: RenderContext): ReactNode[] {
  return (tokens ?? []).map((token, index) => renderBlock(token, index, context))
}
