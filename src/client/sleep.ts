import { abortedError } from './toRuntimeError.ts'

/** The longest delay `setTimeout` takes; a longer one overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** Waits `ms` (capped at about 24.8 days); rejects with an `aborted` `RuntimeError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortedError())
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(MAX_TIMER_MS, Math.max(0, ms)),
    )
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
}
