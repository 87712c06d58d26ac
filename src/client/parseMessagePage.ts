import { parseMessage } from './parseMessage.ts'
import { MessageSchema, array, looseObject, optionalNumber, parseWith } from './schemas.ts'
import type { MessagePage, PageParams } from './types.ts'

const PageSchema = looseObject({ messages: array(MessageSchema), total: optionalNumber })

/** Normalizes `GET /runtime/{id}/messages/`; `params` fill in what the body leaves out. */
export function parseMessagePage(body: unknown, { limit = 50, offset = 0 }: PageParams = {}): MessagePage {
  const page = parseWith(PageSchema, body)
  const messages = page.messages.map((message, index) => parseMessage(message, `message-${offset + index}`))
  const end = offset + messages.length
  const total = page.total ?? end
  return {
    messages,
    total,
    hasMore: typeof page.has_more === 'boolean' ? page.has_more : end < total,
    limit,
    offset,
    raw: body,
  }
}
