import type { StoreApi } from 'zustand/vanilla'
import type { RuntimeErrorInfo, RuntimeMessage } from '../client/types.ts'
import { applyFailure, settleEntry } from './applyFailure.ts'
import type { ChatState } from './createChatStore.ts'
import { matchHistory } from './matchHistory.ts'
import { moveUnsent } from './moveUnsent.ts'
import { planDelivery, type DeliveryContext, type DeliveryPlan } from './planDelivery.ts'
import { reconcileOutbox } from './reconcileOutbox.ts'
import type { Attachment, OutboxEntry } from './types.ts'
import { randomId } from '../client/randomId.ts'

/** What `enqueue` takes. */
export interface EnqueueInput {
  readonly text: string
  readonly attachments?: readonly Attachment[]
  readonly inputs?: Readonly<Record<string, unknown>>
  /** @default a new UUID */
  readonly correlationId?: string
}

/** The store's actions. Each is a pure function of the state underneath. */
export interface ChatActions {
  /** Put a message in the outbox as `queued`; returns its correlation id. */
  enqueue(sessionId: string, input: EnqueueInput): string
  /** Plan the session's next step; when it is `send`, the message is marked `sending` in the same update. */
  claimNext(sessionId: string, context: Omit<DeliveryContext, 'now'>): DeliveryPlan
  markSent(sessionId: string, correlationId: string): void
  markFailed(sessionId: string, correlationId: string, error: RuntimeErrorInfo): void
  /** Settle a message whose delivery was unknown against a fresh read of the history. */
  settle(sessionId: string, correlationId: string, history: readonly RuntimeMessage[]): void
  /** Confirm sent messages the server's history holds (positive only); unknown ones wait for `settle`. */
  reconcile(sessionId: string, history: readonly RuntimeMessage[]): void
  /** Queue a failed message again, behind the messages that went ahead of it. */
  retry(sessionId: string, correlationId: string): void
  /** Drop a message that is not in flight. */
  discard(sessionId: string, correlationId: string): void
  updateAttachment(sessionId: string, correlationId: string, attachment: Attachment): void
  setDraft(sessionId: string, text: string): void
  /** Move the unsent messages and the draft of one session to another. */
  moveUnsent(from: string, to: string): void
  rememberSession(scope: string, sessionId: string): void
  /** Forget the scope's session (a new one is created) and move its unsent messages to `pendingKey`. */
  startNew(scope: string, from: string | undefined, pendingKey: string): void
  dismissError(sessionId: string, errorId: string): void
  /** Record the server's clock offset (server minus local, ms), used to match the history to the outbox. */
  setClockOffset(ms: number | undefined): void
}

const without = <T>(record: Readonly<Record<string, T>>, key: string) => {
  const { [key]: _removed, ...rest } = record
  return rest
}

type Full = ChatState & ChatActions

/** The actions of a chat store over `set` and `get`, with an injectable clock and random source. */
export function createChatActions(
  set: StoreApi<Full>['setState'],
  get: () => Full,
  { now, random }: { readonly now: () => number; readonly random: () => number },
): ChatActions {
  const entries = (sessionId: string) => get().outbox[sessionId] ?? []
  const setEntries = (sessionId: string, next: readonly OutboxEntry[]) =>
    set((state) => ({
      outbox: next.length ? { ...state.outbox, [sessionId]: next } : without(state.outbox, sessionId),
    }))
  const update = (sessionId: string, id: string, fn: (entry: OutboxEntry) => OutboxEntry) => {
    const list = entries(sessionId)
    if (list.some((entry) => entry.correlationId === id)) {
      setEntries(
        sessionId,
        list.map((entry) => (entry.correlationId === id ? fn(entry) : entry)),
      )
    }
  }
  return {
    enqueue(sessionId, input) {
      const correlationId = input.correlationId ?? randomId()
      const at = now()
      const entry: OutboxEntry = {
        ...{ correlationId, sessionId, text: input.text, attachments: input.attachments ?? [] },
        ...(input.inputs ? { inputs: input.inputs } : {}),
        ...{ delivery: { status: 'queued' }, attempts: 0, createdAt: at, updatedAt: at },
      }
      setEntries(sessionId, [...entries(sessionId), entry])
      return correlationId
    },
    claimNext(sessionId, context) {
      const at = now()
      const plan = planDelivery(entries(sessionId), { ...context, now: at })
      if (plan.type !== 'send') return plan
      const sending = { status: 'sending', since: at } as const
      const entry = { ...plan.entry, delivery: sending, attempts: plan.entry.attempts + 1, updatedAt: at }
      update(sessionId, entry.correlationId, () => entry)
      return { type: 'send', entry }
    },
    markSent: (sessionId, id) =>
      update(sessionId, id, (entry) => ({
        ...entry,
        delivery: { status: 'sent', at: now() },
        updatedAt: now(),
      })),
    markFailed: (sessionId, id, error) =>
      update(sessionId, id, (entry) => applyFailure(entry, error, now(), random)),
    settle(sessionId, id, history) {
      const found = matchHistory(history, entries(sessionId), get().keys, get().clockOffsetMs)
      const matched = [...found.values()].includes(id)
      update(sessionId, id, (entry) => settleEntry(entry, matched, now(), random))
      get().reconcile(sessionId, history)
    },
    reconcile(sessionId, history) {
      const result = reconcileOutbox(entries(sessionId), history, get().keys, get().clockOffsetMs)
      if (result === undefined) return
      setEntries(sessionId, result.entries)
      set((state) => ({ keys: { ...state.keys, ...result.keys } }))
    },
    retry(sessionId, id) {
      const list = entries(sessionId)
      const failed = list.find((entry) => entry.correlationId === id && entry.delivery.status === 'failed')
      if (failed === undefined) return
      // Queued again behind the messages that went ahead of it, so the order shown is the order sent.
      const queued: OutboxEntry = { ...failed, delivery: { status: 'queued' }, attempts: 0, updatedAt: now() }
      setEntries(sessionId, [...list.filter((entry) => entry !== failed), queued])
    },
    discard: (sessionId, id) =>
      setEntries(
        sessionId,
        entries(sessionId).filter((e) => e.correlationId !== id || e.delivery.status === 'sending'),
      ),
    updateAttachment: (sessionId, id, attachment) =>
      update(sessionId, id, (entry) => ({
        ...entry,
        attachments: entry.attachments.map((a) => (a.id === attachment.id ? attachment : a)),
      })),
    setDraft: (sessionId, text) =>
      set((state) => ({
        drafts: text ? { ...state.drafts, [sessionId]: text } : without(state.drafts, sessionId),
      })),
    moveUnsent(from, to) {
      if (from === to) return
      const { moved, kept } = moveUnsent(entries(from), to, now())
      const draft = get().drafts[from]
      setEntries(from, kept)
      setEntries(to, [...entries(to), ...moved])
      if (draft !== undefined && get().drafts[to] === undefined) get().setDraft(to, draft)
      get().setDraft(from, '')
    },
    rememberSession: (scope, sessionId) =>
      set((state) => ({ sessions: { ...state.sessions, [scope]: sessionId } })),
    startNew(scope, from, pendingKey) {
      if (from !== undefined) get().moveUnsent(from, pendingKey)
      set((state) => ({
        sessions: without(state.sessions, scope),
        generations: { ...state.generations, [scope]: (state.generations[scope] ?? 0) + 1 },
      }))
    },
    setClockOffset(ms) {
      if (ms !== undefined && ms !== get().clockOffsetMs) set({ clockOffsetMs: ms })
    },
    dismissError: (sessionId, errorId) =>
      set((state) => ({
        dismissed: {
          ...state.dismissed,
          [sessionId]: [...(state.dismissed[sessionId] ?? []), errorId].slice(-20),
        },
      })),
  }
}
