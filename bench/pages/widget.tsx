import { createRoot } from 'react-dom/client'
import { ChatWidget } from '../../src/index.ts'
import '../../src/styles/styles.css'
import { afterNextPaint } from './paint.ts'

const params = new URLSearchParams(location.search)
const baseUrl = params.get('base') ?? '/rt/send/api/v1'
const sessionId = params.get('session') ?? 'bench-send'
const timeoutMs = Number(params.get('timeout') ?? '60000')

/** One armed send: the token its text carries and what was seen of it. */
interface Probe {
  readonly token: string
  keydownAt?: number
  /** When the first frame after the keydown began (its `requestAnimationFrame`). */
  firstFrameAt?: number
  insertedAt?: number
  resolve: (result: SendTiming) => void
}

/** Enter → optimistic bubble, in ms from the keydown's own timestamp. */
export interface SendTiming {
  readonly toInserted: number
  readonly toPaint: number
  /** Whether the bubble was in the DOM before the first frame after the keydown began, so that frame showed it. */
  readonly firstFrame: boolean
  /** The Event Timing entry of that keydown (only reported when ≥ 16 ms), if any. */
  readonly eventTiming: number | null
}

let probe: Probe | undefined
let lastSend: Promise<SendTiming> | undefined
const slowKeydowns: PerformanceEventTiming[] = []

new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceEventTiming[]) {
    if (entry.name === 'keydown') slowKeydowns.push(entry)
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)

// Capture phase on window: before React's handler, with the event's own (input) timestamp.
window.addEventListener(
  'keydown',
  (event) => {
    const current = probe
    if (event.key !== 'Enter' || !current || current.keydownAt !== undefined) return
    current.keydownAt = event.timeStamp
    requestAnimationFrame(() => (current.firstFrameAt ??= performance.now()))
  },
  true,
)

const isProbeBubble = (token: string) =>
  [...document.querySelectorAll('.acw-message[data-role="user"]')].some((node) =>
    node.textContent?.includes(token),
  )

new MutationObserver(() => {
  const current = probe
  if (!current || current.keydownAt === undefined || current.insertedAt !== undefined) return
  if (!isProbeBubble(current.token)) return
  current.insertedAt = performance.now()
  const keydownAt = current.keydownAt
  const insertedAt = current.insertedAt
  const firstFrame = current.firstFrameAt === undefined
  void afterNextPaint().then((painted) => {
    probe = undefined
    const entry = slowKeydowns.find((timing) => Math.abs(timing.startTime - keydownAt) < 1)
    current.resolve({
      toInserted: insertedAt - keydownAt,
      toPaint: painted - keydownAt,
      firstFrame,
      eventTiming: entry ? entry.duration : null,
    })
  })
}).observe(document.body, { childList: true, subtree: true, characterData: true })

/** Arms the probe for the next Enter; `result()` then resolves once the bubble with `token` painted. */
function arm(token: string) {
  lastSend = new Promise<SendTiming>((resolve) => (probe = { token, resolve }))
}

declare global {
  interface Window {
    benchWidget: { arm: typeof arm; result: () => Promise<SendTiming> | undefined }
  }
}
window.benchWidget = { arm, result: () => lastSend }

createRoot(document.getElementById('root')!).render(
  <ChatWidget
    clientOptions={{ baseUrl, timeoutMs }}
    sessionId={sessionId}
    storage={false}
    locale="en"
    theme="light"
  />,
)
