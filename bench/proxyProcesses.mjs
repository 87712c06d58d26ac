// The processes of the proxy bench: the proxy bundled from src/proxy, and the local upstream, each a child
// process (bench/proxyServer.mjs, bench/upstreamServer.mjs) so that the proxy's memory is measured on its own.
import { fork } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUNDLE = path.join(ROOT, 'node_modules/.cache/atthene-bench-proxy.mjs')

/** The key the proxy adds and the upstream requires. */
export const API_KEY = 'ak_bench_4f6c2d9e8b7a41f0a3c5e1d2b9f80716'

/** Bundles src/proxy for Node (esbuild, not minified), as the proxy children import it. */
export async function bundleProxy() {
  mkdirSync(path.dirname(BUNDLE), { recursive: true })
  await build({
    entryPoints: [path.join(ROOT, 'src/proxy/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: BUNDLE,
    logLevel: 'warning',
  })
}

/** Starts a bench server as a child process; resolves with it and its origin once it listens. */
function startChild(script, args) {
  const child = fork(path.join(ROOT, 'bench', script), args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve({ child, origin: `http://127.0.0.1:${port}` }))
    child.once('exit', (code) => reject(new Error(`bench/${script} exited (${code}) before listening`)))
  })
}

/** The local upstream. */
export const startUpstream = () => startChild('upstreamServer.mjs', [API_KEY])

/** The bare node:http pass-through (bench/passThroughServer.mjs), forwarding to `upstream`. */
export const startPassThrough = (upstream) => startChild('passThroughServer.mjs', [upstream, API_KEY])

/** The proxy (after `bundleProxy()`), forwarding to `upstream`. */
export const startProxy = (upstream) => startChild('proxyServer.mjs', [BUNDLE, upstream, API_KEY])

let asked = 0

/**
 * A child's resource use, asked over IPC: `cpuMs` (user + system CPU time so far) and, from the proxy,
 * process.memoryUsage(), `maxRSS` (its peak RSS so far, VmHWM on Linux) and `peakReset`. `resetPeak` first restarts the peak
 * (Linux only; `peakReset` tells whether it did).
 */
export function usageOf(child, { resetPeak = false } = {}) {
  const id = ++asked
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message?.id !== id) return
      child.off('message', onMessage)
      resolve(message.usage)
    }
    child.on('message', onMessage)
    child.send({ type: 'usage', id, resetPeak })
  })
}
