import { Profiler, useSyncExternalStore, type CSSProperties, type ProfilerOnRenderCallback } from 'react'
// The profiling build: a production React whose <Profiler onRender> reports (the plain build stays silent).
import { createRoot } from 'react-dom/profiling'
import { Message, Thread } from '../../src/index.ts'
import type { ChatMessage } from '../../src/store/types.ts'
import '../../src/styles/styles.css'
import { createFixtures, fixtureMessage } from './fixtures.ts'
import { afterNextPaint, delay } from './paint.ts'
import { VirtualList } from './VirtualList.tsx'

/** One React commit, as the Profiler reports it. */
interface Commit {
  readonly phase: string
  /** Time spent rendering the profiled tree (the Profiler's `actualDuration`). */
  readonly actualDuration: number
  /** When React began rendering this update (the Profiler's `startTime`). */
  readonly start: number
  /** `performance.now()` when `onRender` ran: after the commit's DOM mutations and layout effects. */
  readonly end: number
}

const query = new URLSearchParams(location.search)
const count = Number(query.get('count') ?? '100')
/** `thread`: the kit's Thread; `virtual`: the baseline, a list virtualized with @tanstack/react-virtual. */
const impl = query.get('impl') === 'virtual' ? 'virtual' : 'thread'
// Generated before anything is measured; the page shows nothing until `mount()`.
let messages: readonly ChatMessage[] = createFixtures(count)
const listeners = new Set<() => void>()
// The widget gets its messages from React Query and zustand, both through useSyncExternalStore: so does this page.
const store = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  get: () => messages,
  set(next: readonly ChatMessage[]) {
    messages = next
    listeners.forEach((listener) => listener())
  },
}

let commits: Commit[] = []
let onCommit: (() => void) | undefined
const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration, _base, startTime) => {
  commits.push({ phase, actualDuration, start: startTime, end: performance.now() })
  onCommit?.()
}
const nextCommit = () => new Promise<void>((resolve) => (onCommit = resolve))

const frame: CSSProperties = { height: 720, width: 420, display: 'flex', flexDirection: 'column' }

// The default row (a `Message`), counted: how many rows render per mount and per append (1 when rows memoize).
let rowRenders = 0
const renderMessage = (message: ChatMessage) => {
  rowRenders += 1
  return <Message message={message} />
}

function BenchThread() {
  const list = useSyncExternalStore(store.subscribe, store.get)
  const style: CSSProperties = { flex: '1 1 auto', minHeight: 0 }
  return impl === 'virtual' ? (
    <VirtualList messages={list} renderMessage={renderMessage} style={style} />
  ) : (
    <Thread messages={list} renderMessage={renderMessage} style={style} />
  )
}

const root = createRoot(document.getElementById('root')!)
const sum = (list: readonly Commit[]) => list.reduce((total, commit) => total + commit.actualDuration, 0)
/** Render + commit (DOM mutations, layout effects) of each commit, summed: React's main-thread time. */
const work = (list: readonly Commit[]) => list.reduce((total, commit) => total + commit.end - commit.start, 0)

/** Renders the thread; times render → first commit and render → first paint. */
async function mount() {
  commits = []
  rowRenders = 0
  const committed = nextCommit()
  performance.mark('mount-start')
  const start = performance.now()
  root.render(
    <div className="acw-root" style={frame}>
      <Profiler id="thread" onRender={onRender}>
        <BenchThread />
      </Profiler>
    </div>,
  )
  await committed
  const commitEnd = performance.now()
  const painted = await afterNextPaint()
  performance.mark('mount-painted')
  performance.measure('mount', 'mount-start', 'mount-painted')
  const beforePaint = commits.filter((commit) => commit.end <= painted)
  await delay(300)
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
  return {
    count,
    impl,
    toCommit: commitEnd - start,
    toPaint: painted - start,
    toFirstContentfulPaint: fcp === undefined ? null : fcp - start,
    renderBeforePaint: sum(beforePaint),
    workBeforePaint: work(beforePaint),
    commitsBeforePaint: beforePaint.length,
    commitsSettled: commits.length,
    rows: document.querySelectorAll('.acw-thread__row').length,
    markdownBlocks: document.querySelectorAll('.acw-markdown').length,
    rowRenders,
    elements: document.getElementsByTagName('*').length,
  }
}

/** How far the log's viewport is from its end, in px (the same element in both implementations). */
function distanceFromEnd() {
  const viewport = document.querySelector<HTMLElement>('[role="log"]')
  return viewport ? viewport.scrollHeight - viewport.scrollTop - viewport.clientHeight : Infinity
}

/** Appends one message (user messages as the user's own, still sending); times its commit and next paint. */
async function append() {
  await afterNextPaint()
  const index = messages.length
  const base = fixtureMessage(index, 'appended-')
  const message: ChatMessage =
    base.role === 'user'
      ? { ...base, delivery: { status: 'sending', since: Date.now() }, correlationId: base.key }
      : base
  const next = [...messages, message]
  commits = []
  rowRenders = 0
  const committed = nextCommit()
  const start = performance.now()
  store.set(next)
  await committed
  const painted = await afterNextPaint()
  const beforePaint = commits.filter((commit) => commit.end <= painted)
  // Rows are measured after they paint (ResizeObserver): their follow-up commits are reported apart.
  await delay(150)
  return {
    role: message.role,
    render: sum(beforePaint),
    work: work(beforePaint),
    firstCommit: beforePaint[0]!.end - start,
    toPaint: painted - start,
    commitsBeforePaint: beforePaint.length,
    workFollowUp: work(commits) - work(beforePaint),
    rowRenders,
    commitsFollowUp: commits.length - beforePaint.length,
    atBottom: distanceFromEnd() <= 2,
  }
}

declare global {
  interface Window {
    benchThread: { mount: typeof mount; append: typeof append }
  }
}
window.benchThread = { mount, append }
