import type { ChannelLike, LockManagerLike } from '../../src/store/createOutboxLock.ts'

/** An in-memory Web Locks manager: exclusive locks by name, granted in request order, abortable while waiting. */
export function fakeLocks(): LockManagerLike {
  const queues = new Map<string, (() => void)[]>()
  const held = new Set<string>()
  const next = (name: string) => {
    if (held.has(name)) return
    queues.get(name)?.shift()?.()
  }
  return {
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name)
          void callback({ name })
            .then(resolve, reject)
            .finally(() => {
              held.delete(name)
              next(name)
            })
        }
        const queue = queues.get(name) ?? []
        queues.set(name, queue)
        queue.push(grant)
        signal?.addEventListener('abort', () => {
          const index = queue.indexOf(grant)
          if (index >= 0) queue.splice(index, 1)
          if (index >= 0) reject(new DOMException('aborted', 'AbortError'))
        })
        next(name)
      })
    },
  }
}

/** BroadcastChannels by name, delivered in a microtask to every other open channel of the same name. */
export function fakeChannels() {
  const open = new Map<string, Set<ChannelLike>>()
  let cut: ChannelLike | undefined
  const openChannel = (name: string): ChannelLike => {
    const members = open.get(name) ?? new Set()
    open.set(name, members)
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        if (channel === cut) return
        const data = structuredClone(message)
        for (const other of members) {
          if (other !== channel) queueMicrotask(() => other.onmessage?.({ data } as MessageEvent))
        }
      },
      close: () => members.delete(channel),
    }
    members.add(channel)
    return channel
  }
  /** Silences one channel, as if its tab froze or crashed without saying goodbye. */
  const silence = (channel: ChannelLike | undefined) => (cut = channel)
  const last = (name: string) => [...(open.get(name) ?? [])].at(-1)
  return { openChannel, silence, last }
}
