/** The part of `navigator.locks` (Web Locks) the outbox lock uses. */
export interface LockManagerLike {
  request(
    name: string,
    options: { readonly signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>
}

/** The part of a `BroadcastChannel` the outbox lock and sync use. */
export interface ChannelLike {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
  close(): void
}

/** Where the lock comes from; every field is injectable for tests. */
export interface OutboxLockEnvironment {
  /** Web Locks. @default navigator.locks */
  readonly locks?: LockManagerLike | undefined
  /** Opens a channel by name, used where Web Locks are missing. @default new BroadcastChannel(name) */
  readonly openChannel?: ((name: string) => ChannelLike) | undefined
  /** How often an owner says so on the channel, in ms. @default 1000 */
  readonly heartbeatMs?: number
  /** How long a candidate waits for an objection before it owns, in ms. @default 50 */
  readonly claimMs?: number
}

/** One tab's (or widget's) claim to send one session's outbox. */
export interface OutboxLock {
  /** `true` while this holder is the one that sends. */
  readonly owned: boolean
  /** Called whenever `owned` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Give the lock up (or stop waiting for it); the next holder takes over. */
  release(): void
}

type Note = { readonly type: 'owner' | 'claim' | 'release'; readonly id: string }

/** The platform's Web Locks and BroadcastChannel, where they exist. */
export function defaultLockEnvironment(): OutboxLockEnvironment {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks
  const Channel = globalThis.BroadcastChannel
  return { locks, openChannel: typeof Channel === 'function' ? (name) => new Channel(name) : undefined }
}

/**
 * A lock that exactly one holder of `name` owns at a time, across the tabs of an origin and the widgets of a
 * page. Web Locks where the browser has them (released by the browser when a tab closes); else an election
 * over a BroadcastChannel (heartbeats, the lowest id wins, a silent owner is replaced); else always owned.
 * @example
 * const lock = createOutboxLock('atthene-chat-kit:/api/v1:outbox:s1')
 * lock.subscribe(() => console.log(lock.owned))
 */
export function createOutboxLock(name: string, environment = defaultLockEnvironment()): OutboxLock {
  const listeners = new Set<() => void>()
  let owned = false
  const set = (next: boolean) => {
    if (next === owned) return
    owned = next
    for (const listener of [...listeners]) listener()
  }
  const stop = environment.locks
    ? holdWebLock(environment.locks, name, set)
    : environment.openChannel
      ? elect(environment.openChannel(name), environment, set)
      : (set(true), () => {})
  return {
    get owned() {
      return owned
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    release() {
      stop()
      set(false)
      listeners.clear()
    },
  }
}

function holdWebLock(locks: LockManagerLike, name: string, set: (owned: boolean) => void): () => void {
  const controller = new AbortController()
  let released = false
  let letGo: (() => void) | undefined
  locks
    .request(name, { signal: controller.signal }, () =>
      released
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            letGo = resolve
            set(true)
          }),
    )
    .catch(() => {
      // Aborted while waiting: this holder gave up before it got the lock.
    })
  return () => {
    released = true
    controller.abort()
    letGo?.()
  }
}

function elect(
  channel: ChannelLike,
  { heartbeatMs = 1000, claimMs = 50 }: OutboxLockEnvironment,
  set: (owned: boolean) => void,
): () => void {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  let state: 'waiting' | 'candidate' | 'owner' = 'waiting'
  let lastHeard = Date.now()
  let claimTimer: ReturnType<typeof setTimeout> | undefined
  const post = (type: Note['type']) => channel.postMessage({ type, id } satisfies Note)
  const claim = () => {
    state = 'candidate'
    post('claim')
    clearTimeout(claimTimer)
    claimTimer = setTimeout(() => {
      if (state !== 'candidate') return
      state = 'owner'
      post('owner')
      set(true)
    }, claimMs)
  }
  const wait = () => {
    clearTimeout(claimTimer)
    state = 'waiting'
    lastHeard = Date.now()
    set(false)
  }
  channel.onmessage = ({ data }: MessageEvent) => {
    const note = data as Note
    switch (note.type) {
      case 'owner':
        // Two owners (after a split): the lower id keeps it.
        if (state !== 'owner' || note.id < id) wait()
        else post('owner')
        break
      case 'claim':
        if (state === 'owner') post('owner')
        else if (state === 'waiting' || note.id < id) wait()
        else post('claim')
        break
      case 'release':
        if (state === 'waiting') claim()
        break
      default:
        note.type satisfies never
    }
  }
  const beat = setInterval(() => {
    if (state === 'owner') post('owner')
    else if (state === 'waiting' && Date.now() - lastHeard > 3 * heartbeatMs) claim()
  }, heartbeatMs)
  claim()
  return () => {
    clearInterval(beat)
    clearTimeout(claimTimer)
    if (state === 'owner') post('release')
    channel.onmessage = null
    channel.close()
  }
}
