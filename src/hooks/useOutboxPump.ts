import { onlineManager, useQueryClient, type UseMutateFunction } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ExecuteResult } from '../client/types.ts'
import { timerDelay } from '../store/timerDelay.ts'
import type { OutboxEntry } from '../store/types.ts'
import type { ChatContextValue } from './ChatContext.ts'
import { settleUnknown } from './settleUnknown.ts'
import { useOutboxOwnership } from './useOutboxOwnership.ts'

/**
 * Drive one session's outbox: on every store change, timer and connectivity change, ask the store for the
 * next step (`claimNext`) and do it: send through `mutate`, settle an unknown delivery, or wait. Only the tab or
 * widget that owns the session's outbox (`useOutboxOwnership`) does this; the others only show it.
 */
export function useOutboxPump(
  context: ChatContextValue,
  sessionId: string | undefined,
  idleSince: number | undefined,
  mutate: UseMutateFunction<ExecuteResult, unknown, OutboxEntry>,
): void {
  const queryClient = useQueryClient()
  const owned = useOutboxOwnership(context, sessionId)
  useEffect(() => {
    if (sessionId === undefined || !owned) return
    const { store } = context
    let timer: ReturnType<typeof setTimeout> | undefined
    let running = false
    const run = () => {
      if (running) return
      running = true
      clearTimeout(timer)
      try {
        const online = onlineManager.isOnline()
        const plan = store.getState().claimNext(sessionId, { online, ...(idleSince ? { idleSince } : {}) })
        if (plan.type === 'send') mutate(plan.entry)
        if (plan.type === 'settle') void settleUnknown(context, queryClient, plan.entry)
        if (plan.type === 'wait') timer = setTimeout(run, timerDelay(plan.until, Date.now()))
      } finally {
        running = false
      }
    }
    run()
    const unsubscribeStore = store.subscribe(run)
    const unsubscribeOnline = onlineManager.subscribe(run)
    return () => {
      clearTimeout(timer)
      unsubscribeStore()
      unsubscribeOnline()
    }
  }, [context, queryClient, sessionId, idleSince, mutate, owned])
}
