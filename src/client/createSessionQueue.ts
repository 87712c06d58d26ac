import { abortedError } from './toRuntimeError.ts'

/** Runs tasks one at a time per key, in order; tasks of other keys are not blocked. */
export interface SessionQueue {
  /** Queue `task` behind the running and queued tasks of `key`. Rejects `aborted` if `signal` fires before it starts. */
  run<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>
  /** Tasks of `key` running or waiting. */
  size(key: string): number
}

/** Creates a per-session queue: executes for one session run one at a time, in order. */
export function createSessionQueue(): SessionQueue {
  const queues = new Map<string, (() => void)[]>()

  const next = (key: string) => {
    const queue = queues.get(key)!
    queue.shift()
    if (queue.length) queue[0]!()
    else queues.delete(key)
  }

  return {
    size: (key) => queues.get(key)?.length ?? 0,
    run: (key, task, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortedError())
        const queue = queues.get(key) ?? []
        queues.set(key, queue)
        const onAbort = () => {
          const index = queue.indexOf(start)
          // Index 0 is running: its own request sees the signal.
          if (index > 0) {
            queue.splice(index, 1)
            reject(abortedError())
          }
        }
        const start = () => {
          signal?.removeEventListener('abort', onAbort)
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => next(key))
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(start)
        if (queue.length === 1) start()
      }),
  }
}
