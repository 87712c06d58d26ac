import type { OutboxEntry } from './types.ts'

/** What `mergeSharedOutbox` knows besides the two lists. */
export interface SharedOutboxContext {
  /** Whether this holder sends the session's outbox. */
  readonly owned: boolean
  /** Correlation ids another holder announced before (so one missing now was confirmed and dropped there). */
  readonly shared: ReadonlySet<string>
  /** Correlation ids that left this holder's outbox while it owned it (never brought back). */
  readonly gone: ReadonlySet<string>
  /** Whether `incoming` is the owner's outbox (then what it lacks was settled there). @default true */
  readonly fromOwner?: boolean
  /**
   * Correlation ids this holder read from storage and has heard nothing about since: when the owner's outbox
   * lacks one, the owner may have sent it before this holder listened, so it may be on the server.
   */
  readonly stale?: ReadonlySet<string>
}

const byCreation = (a: OutboxEntry, b: OutboxEntry) => a.createdAt - b.createdAt

/** A message another holder was sending may or may not have reached the server: it is settled, never resent. */
const revive = (entry: OutboxEntry): OutboxEntry =>
  entry.delivery.status === 'sending' ? { ...entry, delivery: { status: 'unknown' } } : entry

/**
 * One session's outbox after another holder (tab or widget of the same storage) announced its own. The owner
 * keeps its entries and adds the new messages written elsewhere (and a Retry pressed elsewhere); a holder that
 * does not send shows what the owner has, plus its own new messages until the owner has taken them.
 * Returns `undefined` when nothing changes.
 */
export function mergeSharedOutbox(
  current: readonly OutboxEntry[],
  incoming: readonly OutboxEntry[],
  { owned, shared, gone, fromOwner = true, stale }: SharedOutboxContext,
): readonly OutboxEntry[] | undefined {
  const theirs = new Map(incoming.map((entry) => [entry.correlationId, entry]))
  const mine = new Set(current.map((entry) => entry.correlationId))
  let changed = false
  const merged = current.map((entry) => {
    const other = theirs.get(entry.correlationId)
    const take = owned
      ? other !== undefined &&
        entry.delivery.status === 'failed' &&
        other.delivery.status === 'queued' &&
        other.updatedAt > entry.updatedAt
      : other !== undefined && JSON.stringify(other) !== JSON.stringify(entry)
    if (take) {
      changed = true
      return other!
    }
    if (owned || other !== undefined || !fromOwner) return entry
    // Gone from the owner's outbox: it was confirmed there; the history confirms it here too.
    if (shared.has(entry.correlationId) && entry.delivery.status !== 'sent') {
      changed = true
      return { ...entry, delivery: { status: 'sent', at: entry.updatedAt } } as const
    }
    // Read from storage, and settled by the owner before this holder listened: sent or discarded there, it is
    // matched against the history like any message that may have reached the server, and never resent unless
    // the history lacks it once this holder owns the outbox.
    if (
      stale?.has(entry.correlationId) === true &&
      entry.delivery.status !== 'sent' &&
      entry.delivery.status !== 'unknown'
    ) {
      changed = true
      return { ...entry, delivery: { status: 'unknown' } } as const
    }
    return entry
  })
  const added = incoming.filter((entry) => !mine.has(entry.correlationId) && !gone.has(entry.correlationId))
  if (!changed && added.length === 0) return undefined
  return [...merged, ...(owned ? added.map(revive) : added)].sort(byCreation)
}

/** The outbox a new owner starts from: what the previous owner had in flight is settled before anything. */
export function takeOverOutbox(entries: readonly OutboxEntry[]): readonly OutboxEntry[] | undefined {
  return entries.some((entry) => entry.delivery.status === 'sending') ? entries.map(revive) : undefined
}
