import type { SessionHistory } from './history.ts'
import { seedMessages } from './history.ts'
import { createRandom } from './random.ts'
import type { EndpointGroup } from './routeRequest.ts'
import type { ExecutionRecord, Fault, FaultTarget, MockRuntimeOptions } from './types.ts'

/** One session of the runtime. */
export interface SessionState {
  readonly id: string
  readonly createdAt: number
  readonly configHash: string
  readonly config: Readonly<Record<string, unknown>>
  readonly agentKey?: string
  readonly agentId?: string
  readonly history: SessionHistory
  lastActivity: number
  /** Executions running or queued. */
  pending: number
  /** The end of the session's execution queue. */
  tail: Promise<unknown>
}

/** An uploaded file. */
export interface StoredFile {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly size: number
  readonly tags: readonly string[]
  readonly createdAt: number
}

/** A fault waiting for the requests it targets. */
export interface FaultEntry {
  readonly fault: Fault
  readonly target: FaultTarget
  remaining: number
}

/** An execution record, still being written. */
export type MutableExecutionRecord = { -readonly [K in keyof ExecutionRecord]: ExecutionRecord[K] }

/** Everything the runtime holds; shared by the request handlers. */
export interface RuntimeState {
  options: MockRuntimeOptions
  readonly now: () => number
  readonly random: () => number
  readonly sessions: Map<string, SessionState>
  readonly files: Map<string, StoredFile>
  faults: FaultEntry[]
  readonly executions: MutableExecutionRecord[]
  readonly requestCounts: Record<EndpointGroup, number>
  /** Keys (correlation id, else session + text) of chat commands that already fired once. */
  readonly firedCommands: Set<string>
  counter: number
}

/** A new id with a prefix, unique within the runtime. */
export function nextId(state: RuntimeState, prefix: string): string {
  state.counter += 1
  return `${prefix}_${state.counter.toString().padStart(6, '0')}`
}

/** A short, stable hex hash (FNV-1a) of a value's JSON, as a `config_hash`. */
export function hashOf(value: unknown): string {
  let hash = 0x811c9dc5
  for (const char of JSON.stringify(value) ?? '') {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/* Zeroed request counts. */
function emptyCounts(): Record<EndpointGroup, number> {
  return { execute: 0, messages: 0, status: 0, sessions: 0, files: 0, other: 0 }
}

/** The runtime's state, with the seeded sessions of the options. */
export function createRuntimeState(options: MockRuntimeOptions): RuntimeState {
  const state: RuntimeState = {
    options,
    now: options.now ?? Date.now,
    random: createRandom(options.seed ?? 1),
    sessions: new Map(),
    files: new Map(),
    faults: [],
    executions: [],
    requestCounts: emptyCounts(),
    firedCommands: new Set(),
    counter: 0,
  }
  seedSessions(state)
  return state
}

/* Adds the sessions listed in the options. */
function seedSessions(state: RuntimeState): void {
  for (const seed of state.options.sessions ?? []) {
    const history = typeof seed.history === 'number' ? seed.history : 0
    const session = addSession(state, { id: seed.id, generated: history })
    if (Array.isArray(seed.history)) {
      session.history.messages.push(...seedMessages(seed.id, seed.history, state.now()))
    }
  }
}

function newSessionId(state: RuntimeState): string {
  const uuid = globalThis.crypto?.randomUUID?.()
  return uuid ?? nextId(state, 'sess')
}

/** Creates a session (a random UUID when no id is given) and returns it. */
export function addSession(
  state: RuntimeState,
  init: {
    id?: string
    generated?: number
    config?: Readonly<Record<string, unknown>>
    agentKey?: string
    agentId?: string
  } = {},
): SessionState {
  const id = init.id ?? newSessionId(state)
  const now = state.now()
  const config = init.config ?? { name: init.agentKey ?? 'reference-agent', agent_type: 'llm_agent' }
  const session: SessionState = {
    id,
    createdAt: now - (init.generated ?? 0) * 30_000,
    configHash: hashOf(config),
    config,
    ...(init.agentKey === undefined ? {} : { agentKey: init.agentKey }),
    ...(init.agentId === undefined ? {} : { agentId: init.agentId }),
    history: { sessionId: id, generated: init.generated ?? 0, generatedUntil: now, messages: [] },
    lastActivity: now,
    pending: 0,
    tail: Promise.resolve(),
  }
  state.sessions.set(id, session)
  return session
}

/** The session with this id; created on first use when `autoCreateSessions` is on. */
export function findSession(state: RuntimeState, id: string): SessionState | undefined {
  const session = state.sessions.get(id)
  if (session || !state.options.autoCreateSessions) return session
  return addSession(state, { id })
}
