import type { ReactNode } from 'react'
import type { Token, Tokens } from 'marked'
import { decodeEntities } from './decodeEntities.ts'
import { encodeDestination } from './encodeDestination.ts'
import { MarkdownImage } from './MarkdownImage.tsx'
import type { RenderContext } from './RenderContext.ts'
import { SafeLink } from './SafeLink.tsx'
import { safeLinkHref, safeMarkdownImageSrc } from './safeUrl.ts'
import { TaskMarker } from './TaskMarker.tsx'

/**
 * A link or image destination as written, with entities decoded, then percent-encoded as CommonMark has it.
 * `undefined` when the decoded form already fails the URL policy (`java&#x09;script:` is refused, not encoded
 * into a harmless-looking path).
 */
export function destination(href: string, image = false): string | undefined {
  const decoded = decodeEntities(href)
  const allowed = image ? safeMarkdownImageSrc(decoded) : safeLinkHref(decoded)
  return allowed === null ? undefined : encodeDestination(decoded)
}

/** The text of inline tokens without markup, as an image's alt text is. */
export function plainText(tokens: readonly Token[] | undefined): string {
  let text = ''
  for (const token of tokens ?? []) {
    if ('tokens' in token && token.tokens) text += plainText(token.tokens)
    else if (token.type === 'image') text += (token as Tokens.Image).text
    else if (token.type === 'codespan' || token.type === 'html') text += (token as Tokens.Codespan).text
    else if (token.type === 'br') text += '\n'
    else if ('text' in token) text += decodeEntities(token.text as string)
  }
  return text
}

function renderInlineToken(token: Token, key: number, context: RenderContext): ReactNode {
  switch (token.type) {
    case 'text':
      return token.tokens ? renderInline(token.tokens, context) : decodeEntities(token.text as string)
    case 'escape':
      return decodeEntities(token.text as string)
    case 'html':
    case 'codespan':
      // Raw HTML is shown as the text it is, never parsed.
      return token.type === 'codespan' ? <code key={key}>{token.text}</code> : (token.text as string)
    case 'strong':
      return <strong key={key}>{renderInline(token.tokens, context)}</strong>
    case 'em':
      return <em key={key}>{renderInline(token.tokens, context)}</em>
    case 'del':
      return <del key={key}>{renderInline(token.tokens, context)}</del>
    case 'br':
      return <br key={key} />
    case 'link':
      return (
        <SafeLink key={key} href={destination(token.href as string)} title={titleOf(token as Tokens.Link)}>
          {renderInline(token.tokens, context)}
        </SafeLink>
      )
    case 'image':
      return (
        <MarkdownImage
          key={key}
          src={destination(token.href as string, true)}
          alt={plainText(token.tokens)}
          title={titleOf(token as Tokens.Link)}
          allowImages={context.allowImages}
        />
      )
    case 'checkbox':
      return <TaskMarker key={key} checked={token.checked === true} labels={context.labels} />
    default:
      return null
  }
}

function titleOf(token: { title?: string | null }): string | undefined {
  return typeof token.title === 'string' ? decodeEntities(token.title) : undefined
}

/** React nodes for inline tokens (text, emphasis, code spans, links, images, line breaks). */
export function renderInline(tokens: readonly Token[] | undefined, context: RenderContext): ReactNode[] {
  return (tokens ?? []).map((token, index) => renderInlineToken(token, index, context))
}
