// An open-loop HTTP load generator for the proxy bench: requests start on a fixed schedule (`rate` per second),
// whatever the earlier ones are doing, so a slow server shows up as latency instead of as fewer requests
// (autocannon's `overallRate` sends each second's quota back to back, which measures bursts instead).
import http from 'node:http'
import { latencySummary } from './stats.mjs'

/**
 * Sends `rate × durationMs / 1000` requests, `request(index)` each, to `origin` over keep-alive connections (at
 * most `sockets`), request `index` due at `index / rate` seconds. A request's latency runs from its start (a
 * wait for a free connection included) to the last byte of its response; `samples` holds every latency.
 * Requests still unanswered `graceMs` after the last one was due are abandoned and counted in `errors`.
 */
export function paceRequests({
  origin,
  request,
  rate,
  durationMs,
  sockets = 64,
  timeoutMs = 10_000,
  graceMs = 30_000,
}) {
  const { hostname, port } = new URL(origin)
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets })
  const total = Math.round((rate * durationMs) / 1000)
  const latencies = []
  const statuses = {}
  let errors = 0
  let settled = 0
  let lastEnd = 0
  let maxLagMs = 0
  let lateSends = 0
  const start = performance.now()
  const pending = new Set()

  return new Promise((resolve) => {
    // A server that falls far behind: what it has not answered `graceMs` after the last start counts as failed.
    const cutoff = setTimeout(() => {
      for (const req of pending) req.destroy(new Error('cut off'))
    }, durationMs + graceMs)
    const settle = () => {
      settled += 1
      lastEnd = performance.now()
      if (settled < total) return
      clearTimeout(cutoff)
      agent.destroy()
      const seconds = (lastEnd - start) / 1000
      resolve({
        rate,
        sent: total,
        completed: latencies.length,
        errors,
        statuses,
        seconds,
        throughput: latencies.length / seconds,
        latency: latencySummary(latencies),
        samples: latencies,
        maxLagMs,
        lateSends,
      })
    }
    const send = (index) => {
      const { method, path, headers, body } = request(index)
      const begun = performance.now()
      const req = http.request({ agent, hostname, port, method, path, headers }, (res) => {
        res.on('data', () => {})
        res.on('end', () => {
          pending.delete(req)
          latencies.push(performance.now() - begun)
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
          settle()
        })
      })
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
      pending.add(req)
      req.on('error', () => {
        pending.delete(req)
        errors += 1
        settle()
      })
      req.end(body)
    }
    let next = 0
    const tick = () => {
      const now = performance.now()
      while (next < total && start + (next * 1000) / rate <= now) {
        // How late the generator itself started a request (its timer or event loop was busy).
        const lag = now - (start + (next * 1000) / rate)
        maxLagMs = Math.max(maxLagMs, lag)
        if (lag > 1) lateSends += 1
        send(next)
        next += 1
      }
      if (next < total) setTimeout(tick, 1)
    }
    tick()
  })
}
