import type { BodyReader } from './proxyRequest.ts'

/** The parts of `node:http`'s `IncomingMessage` a body is read through (a `NodeRequestLike` fits). */
export interface NodeBodySource {
  /** `true` once the whole request, body included, has arrived. */
  readonly complete?: boolean
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown
  on(event: 'end' | 'close', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  pause(): unknown
  resume(): unknown
}

/**
 * Reads a `node:http` body (a request's, or an upstream response's) one chunk per `read()`, from the socket only
 * when asked (the stream stays paused in between, so a body nobody reads is never buffered). `cancel()` pauses
 * rather than destroys, so that a refusal can still be sent. `ended()`: whether the whole body has arrived.
 */
export function nodeBodyReader(req: NodeBodySource): { reader: BodyReader; ended(): boolean } {
  let ended = req.complete === true
  let failed: Error | undefined
  let cancelled = false
  const queued: Uint8Array[] = []
  let waiting: { resolve(chunk: Uint8Array | undefined): void; reject(error: Error): void } | undefined
  const settle = (apply: (waiter: NonNullable<typeof waiting>) => void) => {
    const waiter = waiting
    waiting = undefined
    if (waiter) apply(waiter)
  }
  req.pause()
  req.on('data', (chunk) => {
    req.pause()
    if (cancelled) return
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    if (waiting) settle((waiter) => waiter.resolve(bytes))
    else queued.push(bytes)
  })
  req.on('end', () => {
    ended = true
    settle((waiter) => waiter.resolve(undefined))
  })
  const fail = (error: Error) => {
    failed ??= error
    settle((waiter) => waiter.reject(error))
  }
  req.on('error', fail)
  // Closed before its end without an error event (a destroyed stream): the rest is never coming.
  req.on('close', () => {
    if (!ended) fail(new Error('The body was cut off.'))
  })
  const reader: BodyReader = {
    read: () => {
      const next = queued.shift()
      if (next) return Promise.resolve(next)
      if (failed) return Promise.reject(failed)
      if (ended || cancelled) return Promise.resolve(undefined)
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject }
        req.resume()
      })
    },
    cancel: () => {
      cancelled = true
      queued.length = 0
      req.pause()
      settle((waiter) => waiter.resolve(undefined))
    },
  }
  return { reader, ended: () => ended || req.complete === true }
}
