// The proxy's memory under slow bodies: 50 connections that each announce 10 MB and stall, against a fresh
// proxy process each time, its RSS sampled before, every 250 ms during, and after, and its peak RSS.
import { setTimeout as sleep } from 'node:timers/promises'
import { createSession, loadRequest, PAGE_ORIGIN } from './loadRequest.mjs'
import { paceRequests } from './paceRequests.mjs'
import { usageOf, startProxy } from './proxyProcesses.mjs'
import { slowBodies } from './slowBodies.mjs'

const MB = 1024 * 1024
const CONNECTIONS = 50
const SAMPLE_MS = 250
/** Longer than the proxy's `bodyTimeoutMs` (10 s): connections still open then are reported as such. */
const WAIT_MS = 30_000

/** The attacks: each route's cap decides what the proxy does with a 10 MB body. */
export const SLOW_BODY_ATTACKS = [
  {
    name: 'execute, 16 bytes sent',
    what: 'POST execute (body cap 5 MB), 16 bytes of the body sent',
    path: (sessionId) => `/api/atthene/runtime/${sessionId}/execute/`,
    contentType: 'application/json',
    send: 16,
  },
  {
    name: 'upload, 16 bytes sent',
    what: 'POST files (upload cap 10 MB), 16 bytes of the body sent',
    path: () => '/api/atthene/files/',
    contentType: 'application/octet-stream',
    send: 16,
  },
  {
    name: 'upload, all but 1 byte sent',
    what: 'POST files (upload cap 10 MB), all of the body but its last byte sent',
    path: () => '/api/atthene/files/',
    contentType: 'application/octet-stream',
    send: 10 * MB - 1,
  },
]

async function attack({ upstream, path, contentType, send }) {
  const proxy = await startProxy(upstream)
  try {
    const session = await createSession(proxy.origin)
    // A little ordinary traffic first, so that the baseline has the fetch machinery loaded.
    await paceRequests({
      origin: proxy.origin,
      request: loadRequest(session, false),
      rate: 500,
      durationMs: 400,
    })
    const before = await usageOf(proxy.child, { resetPeak: true })
    const start = performance.now()
    const samples = [{ ms: 0, rss: before.rss }]
    let attacking = true
    const sampling = (async () => {
      while (attacking) {
        await sleep(SAMPLE_MS)
        const { rss, heapUsed, arrayBuffers } = await usageOf(proxy.child)
        samples.push({ ms: performance.now() - start, rss, heapUsed, arrayBuffers })
      }
    })()
    const result = await slowBodies({
      origin: proxy.origin,
      path: path(session.sessionId),
      // 50 visitors, as a distributed attacker would be: no connection is stopped by the per-visitor rate limit.
      headers: (index) => ({
        origin: PAGE_ORIGIN,
        cookie: session.cookie,
        'content-type': contentType,
        'x-forwarded-for': `10.200.0.${index + 1}`,
      }),
      count: CONNECTIONS,
      announce: 10 * MB,
      send,
      waitMs: WAIT_MS,
    })
    attacking = false
    await sampling
    await sleep(1_000)
    const after = await usageOf(proxy.child)
    // Whether the proxy still serves the widget after the attack.
    const probe = await paceRequests({
      origin: proxy.origin,
      request: loadRequest(session, false),
      rate: 100,
      durationMs: 200,
    })
    return {
      ...result,
      rss: {
        before: before.rss,
        peakSampled: Math.max(...samples.map((sample) => sample.rss)),
        // With the peak reset (Linux), the attack's own; otherwise the process's since it started.
        peak: after.maxRSS,
        peakOfAttackOnly: before.peakReset,
        after: after.rss,
      },
      samples,
      probe: { statuses: probe.statuses, errors: probe.errors },
    }
  } finally {
    proxy.child.kill()
  }
}

/** Every attack of SLOW_BODY_ATTACKS, one after another, each against its own proxy process. */
export async function slowBodyAttacks({ upstream, log }) {
  const results = []
  for (const variant of SLOW_BODY_ATTACKS) {
    log(`proxy: slow bodies, ${variant.name}: ${CONNECTIONS} connections announcing 10 MB`)
    results.push({ name: variant.name, what: variant.what, ...(await attack({ upstream, ...variant })) })
  }
  return results
}
