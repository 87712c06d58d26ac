// The proxy under test, run as a child process by bench/proxy.mjs so that its memory is its own:
// `node bench/proxyServer.mjs <bundled proxy> <upstream origin> <API key>`. Configured as docs/proxy.md tells an
// integrator (publicOrigin, sessionSecret, session creation on), behind a load balancer whose
// `X-Forwarded-For` names the visitor (`trustedProxies: 1`); uploads are on so that 10 MB bodies are allowed on one route.
// Reports `{ port }` over IPC when listening, and answers `'usage'` (bench/proxyProcesses.mjs `usageOf`).
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

const [bundle, upstream, apiKey] = process.argv.slice(2)
const { createRuntimeProxy, toNodeHandler } = await import(pathToFileURL(bundle).href)

// The limits are the defaults.
const PROXY_OPTIONS = {
  upstream: `${upstream}/api/v1`,
  basePath: '/api/atthene',
  publicOrigin: 'https://app.example.com',
  allowedOrigins: [],
  sessionSecret: 'bench-session-secret-0123456789abcdef',
  allowSessionCreation: true,
  allowFileUpload: true,
}

const proxy = createRuntimeProxy({ apiKey, ...PROXY_OPTIONS })
// One load balancer in front, appending the visitor's address to X-Forwarded-For: the rate limit's visitor.
const server = createServer({ keepAliveTimeout: 60_000 }, toNodeHandler(proxy, { trustedProxies: 1 }))
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }))
process.on('message', (message) => {
  if (message?.type !== 'usage') return
  // Linux: resets the peak RSS (VmHWM, and with it resourceUsage().maxRSS) so that the next peak is measured alone.
  let peakReset = false
  if (message.resetPeak) {
    try {
      writeFileSync('/proc/self/clear_refs', '5')
      peakReset = true
    } catch {
      // Not Linux, or not allowed: the peak is the process's since it started.
    }
  }
  const { userCPUTime, systemCPUTime } = process.resourceUsage()
  const cpuMs = (userCPUTime + systemCPUTime) / 1000
  process.send?.({
    id: message.id,
    usage: { ...process.memoryUsage(), maxRSS: peakRss(), cpuMs, peakReset },
  })
})
/**
 * The peak RSS so far, between samples too, in bytes. On Linux, VmHWM of this process's own memory: not
 * resourceUsage().maxRSS, which starts at the peak of the process that forked this one (the kernel carries the
 * forking process's peak across exec), so a bench runner that grew to 240 MB would show as this proxy's peak.
 */
function peakRss() {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kilobytes) return Number(kilobytes) * 1024
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024
}

process.on('disconnect', () => process.exit(0))
