// Closed-loop load for the proxy bench: how many requests a server answers when every connection sends the
// next request as soon as the last one is answered. Driven by autocannon.
import autocannon from 'autocannon'
import { latencySummary } from './stats.mjs'

/**
 * Runs autocannon against `origin` for `seconds` with `connections` connections, cycling through `requests`
 * (`{ method, path, headers, body }`); `setupRequest` may change each one before it is sent. Latencies are
 * taken from autocannon's `response` events (its own histogram keeps whole milliseconds).
 */
export function maxThroughput({ origin, requests, setupRequest, connections = 50, seconds }) {
  const latencies = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        requests: requests.map((request) => (setupRequest ? { ...request, setupRequest } : request)),
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({
          connections,
          seconds: result.duration,
          completed: result.requests.total,
          throughput: result.requests.total / result.duration,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          latency: latencySummary(latencies),
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}
