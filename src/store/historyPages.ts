import type { ExecuteResult, MessagePage, PageParams, RuntimeMessage } from '../client/types.ts'
import { buildContent } from './buildContent.ts'
import { LOCAL_MESSAGE_SOURCE, matchHistory } from './matchHistory.ts'
import type { OutboxEntry } from './types.ts'

/** One page of history, keyed by its absolute offset from the oldest message (offset 0 = oldest). */
export interface HistoryPage {
  /** Absolute offset of the page's first (oldest) message. */
  readonly offset: number
  /** Oldest first. The newest page may grow past the page size when replies are written into it. */
  readonly messages: readonly RuntimeMessage[]
  /** The session's message count when read (plus what was written since). */
  readonly total: number
}

/** The page param: the newest page (found by `fetchNewestPage`), or an absolute window of older messages. */
export type HistoryPageParam = 'newest' | { readonly offset: number; readonly limit: number }

/** The cached history: pages newest first (the shape of an infinite query's data). */
export interface HistoryPages {
  readonly pages: readonly HistoryPage[]
  readonly pageParams: readonly HistoryPageParam[]
}

/**
 * Read the newest page. The API lists oldest first with `total`, so the newest page starts at
 * `max(0, total - pageSize)`. Guess the offset from `knownTotal` (the cached total, 0 at first) and read again at
 * the right offset when the guess was wrong: one request when the guess holds (a small thread, or a refetch
 * with nothing new), two otherwise; three at most when messages arrive in between.
 */
export async function fetchNewestPage(
  getMessages: (params: Required<PageParams>) => Promise<MessagePage>,
  pageSize: number,
  knownTotal = 0,
): Promise<HistoryPage> {
  let offset = Math.max(0, knownTotal - pageSize)
  for (let attempt = 1; ; attempt++) {
    const page = await getMessages({ limit: pageSize, offset })
    const newest = Math.max(0, page.total - pageSize)
    const reachesEnd = offset + page.messages.length >= page.total
    if ((offset === newest && reachesEnd) || attempt === 3) {
      return { offset, messages: page.messages, total: Math.max(page.total, offset + page.messages.length) }
    }
    offset = newest
  }
}

/** The most messages a refetch reads to close the gap behind a newest page that moved (older ones load on demand). */
const MAX_GAP = 500

/**
 * Refetch the newest page without dropping what was shown: when new messages moved the newest page's start past
 * the cached one's, the messages in between are read too and the page keeps its old start (it grows past the
 * page size, as it does when replies are written into it). So a message already shown never moves or drops.
 */
export async function refetchNewestPage(
  getMessages: (params: Required<PageParams>) => Promise<MessagePage>,
  pageSize: number,
  cached: HistoryPage | undefined,
): Promise<HistoryPage> {
  const page = await fetchNewestPage(getMessages, pageSize, cached?.total)
  const gap = cached === undefined ? 0 : page.offset - cached.offset
  if (cached === undefined || gap <= 0 || gap > MAX_GAP) return page
  const before = await getMessages({ limit: gap, offset: cached.offset })
  const ids = new Set(page.messages.map((message) => message.id))
  const messages = [...before.messages.filter((message) => !ids.has(message.id)), ...page.messages]
  return { offset: cached.offset, messages, total: Math.max(page.total, cached.offset + messages.length) }
}

/** The param of the page before the oldest loaded one, with no overlap; `undefined` at the start of the session. */
export function olderPageParam(pageSize: number) {
  return (oldest: HistoryPage): HistoryPageParam | undefined =>
    oldest.offset > 0
      ? { offset: Math.max(0, oldest.offset - pageSize), limit: Math.min(pageSize, oldest.offset) }
      : undefined
}

/** Every loaded message, oldest first, each id once. */
export function flattenHistory(data: HistoryPages | undefined): RuntimeMessage[] {
  if (data === undefined) return []
  const seen = new Set<string>()
  const messages: RuntimeMessage[] = []
  for (let index = data.pages.length - 1; index >= 0; index--) {
    for (const message of data.pages[index]!.messages) {
      if (seen.has(message.id)) continue
      seen.add(message.id)
      messages.push(message)
    }
  }
  return messages
}

/** The history with `messages` appended to its newest page (absolute offsets of loaded pages do not change). */
export function appendToNewestPage<T extends HistoryPages>(data: T, messages: readonly RuntimeMessage[]): T {
  const [newest, ...older] = data.pages
  if (newest === undefined) return data
  const known = new Set(flattenHistory(data).map((message) => message.id))
  const added = messages.filter((message) => !known.has(message.id))
  if (added.length === 0) return data
  const page = { ...newest, messages: [...newest.messages, ...added], total: newest.total + added.length }
  return { ...data, pages: [page, ...older] }
}

/**
 * The messages an execute adds to the history: the user's message (the server's copy when the result has one,
 * else a local copy whose id is the correlation id) followed by what the agent produced.
 */
export function executeResultMessages(entry: OutboxEntry, result: ExecuteResult): RuntimeMessage[] {
  const produced = result.messages.length > 0 ? result.messages : result.reply ? [result.reply] : []
  const serverCopy = produced.find((message) => message.role === 'user')
  const user: RuntimeMessage = serverCopy
    ? { ...serverCopy, correlationId: entry.correlationId }
    : {
        id: entry.correlationId,
        role: 'user',
        content: buildContent(entry.text, entry.attachments),
        text: entry.text,
        createdAt: entry.createdAt,
        toolCalls: [],
        correlationId: entry.correlationId,
        raw: { source: LOCAL_MESSAGE_SOURCE },
      }
  return [user, ...produced.filter((message) => message !== serverCopy)]
}

/**
 * The cached history after an execute: its messages appended to the newest page, without the user's message
 * when the cache already holds it (a read that landed while the execute ran).
 */
export function writeExecuteResult<T extends HistoryPages>(
  data: T,
  entry: OutboxEntry,
  result: ExecuteResult,
  keys: Readonly<Record<string, string>>,
  clockOffsetMs = 0,
): T {
  const matched = [...matchHistory(flattenHistory(data), [entry], keys, clockOffsetMs).values()].includes(
    entry.correlationId,
  )
  const [user, ...rest] = executeResultMessages(entry, result)
  return appendToNewestPage(data, matched ? rest : [user!, ...rest])
}

/** The page a window of `getMessages` is stored as. */
export const toHistoryPage = (page: MessagePage, offset: number): HistoryPage => ({
  offset,
  messages: page.messages,
  total: page.total,
})
