/**
 * Resolves with `performance.now()` once the next frame has been produced: a task queued from
 * `requestAnimationFrame` runs after that frame's style, layout and paint (the usual "next paint" probe).
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  })
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
