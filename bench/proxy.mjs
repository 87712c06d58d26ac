// The proxy under load: latency it adds at a fixed 1,000 requests/s next to the upstream alone, throughput with
// closed-loop connections, and its memory under 50 slow 10 MB bodies. The proxy (src/proxy, bundled by esbuild)
// and a local upstream (bench/upstreamServer.mjs) run as child processes, so the proxy's RSS is its own.
// Part of `npm run bench`; alone: `node bench/proxy.mjs [--quick]` prints the report section and writes
// node_modules/.cache/atthene-bench-proxy.json.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createSession, loadRequest, visitor, VISITORS } from './loadRequest.mjs'
import { maxThroughput } from './maxThroughput.mjs'
import { paceRequests } from './paceRequests.mjs'
import { bundleProxy, startPassThrough, startProxy, startUpstream, usageOf } from './proxyProcesses.mjs'
import { proxyBudgetRows, proxySection } from './proxyReport.mjs'
import { slowBodyAttacks } from './slowBodyAttacks.mjs'
import { latencySummary } from './stats.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RATE = 1_000

/**
 * Runs `load` and adds the CPU time each server process spent on it (`cpuMs`), asked before and after; `proxy` is
 * the process in front of the upstream (the proxy, or the bare pass-through).
 */
async function withCpu({ upstream, proxy }, load) {
  const before = await Promise.all([usageOf(upstream.child), usageOf(proxy.child)])
  const result = await load()
  const after = await Promise.all([usageOf(upstream.child), usageOf(proxy.child)])
  const cpuMs = { upstream: after[0].cpuMs - before[0].cpuMs, proxy: after[1].cpuMs - before[1].cpuMs }
  return { ...result, cpuMs }
}

const sum = (list, pick) => list.reduce((total, item) => total + pick(item), 0)

/** The runs of one side pooled: counts added up, percentiles of every sample, CPU per answered request. */
function pool(list) {
  const statuses = {}
  for (const { statuses: each } of list)
    for (const [code, count] of Object.entries(each)) statuses[code] = (statuses[code] ?? 0) + count
  const seconds = sum(list, (item) => item.seconds)
  const completed = sum(list, (item) => item.completed)
  return {
    sent: sum(list, (item) => item.sent),
    completed,
    errors: sum(list, (item) => item.errors),
    statuses,
    seconds,
    throughput: completed / seconds,
    latency: latencySummary(list.flatMap((item) => item.samples)),
    maxLagMs: Math.max(...list.map((item) => item.maxLagMs)),
    lateSends: sum(list, (item) => item.lateSends),
    cpuMsPerRequest: {
      upstream: sum(list, (item) => item.cpuMs.upstream) / completed,
      proxy: sum(list, (item) => item.cpuMs.proxy) / completed,
    },
  }
}

/**
 * Paced runs direct, through the bare pass-through (the floor) and through the proxy, alternating in `rounds`, each
 * side's samples pooled.
 */
async function fixedRate({ servers, session, seconds, rounds, log }) {
  const sides = {
    direct: { origin: servers.upstream.origin, direct: true, servers },
    floor: { origin: servers.floor.origin, direct: false, servers: { ...servers, proxy: servers.floor } },
    proxy: { origin: servers.proxy.origin, direct: false, servers },
  }
  const run = (side, durationMs) =>
    withCpu(side.servers, () =>
      paceRequests({
        origin: side.origin,
        request: loadRequest(session, side.direct),
        rate: RATE,
        durationMs,
      }),
    )
  // Warm-up: JIT, connections, the proxy's first fetch.
  for (const side of Object.values(sides)) await run(side, 1_000)
  const runs = { direct: [], floor: [], proxy: [] }
  for (let round = 0; round < rounds; round++) {
    log(
      `proxy: ${RATE} requests/s, round ${round + 1} of ${rounds}: ${seconds / rounds} s direct, through the bare pass-through, then proxied`,
    )
    for (const [name, side] of Object.entries(sides))
      runs[name].push(await run(side, (seconds * 1_000) / rounds))
  }
  const [direct, floor, proxy] = [pool(runs.direct), pool(runs.floor), pool(runs.proxy)]
  const over = (side) => ({
    p50: side.latency.p50 - direct.latency.p50,
    p99: side.latency.p99 - direct.latency.p99,
  })
  return { rate: RATE, seconds, rounds, direct, floor, proxy, added: over(proxy), floorAdded: over(floor) }
}

/** Closed-loop throughput, direct and through the proxy. */
async function closedLoop({ servers, session, seconds }) {
  const runFor = async (direct) => {
    const request = loadRequest(session, direct)
    const requests = [0, 1].map((index) => {
      const { headers, ...rest } = request(index)
      const { 'content-length': _length, ...kept } = headers
      return { ...rest, headers: kept }
    })
    let next = 0
    const setupRequest = (request) => ({
      ...request,
      headers: { ...request.headers, 'x-forwarded-for': visitor(next++ % VISITORS) },
    })
    const origin = (direct ? servers.upstream : servers.proxy).origin
    const result = await withCpu(servers, () => maxThroughput({ origin, requests, setupRequest, seconds }))
    const { cpuMs, ...rest } = result
    const perRequest = (ms) => ms / result.completed
    return {
      ...rest,
      cpuMsPerRequest: { upstream: perRequest(cpuMs.upstream), proxy: perRequest(cpuMs.proxy) },
    }
  }
  return { direct: await runFor(true), proxy: await runFor(false) }
}

function sourceState() {
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? ''
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', 'src') !== '',
  }
}

/** The whole proxy scenario; plain data for bench/proxyReport.mjs. */
export async function proxyLoad({ quick = false, log = console.log } = {}) {
  const loadAtStart = os.loadavg()
  log('proxy: bundling src/proxy with esbuild')
  await bundleProxy()
  const upstream = await startUpstream()
  const children = [upstream.child]
  try {
    const proxy = await startProxy(upstream.origin)
    children.push(proxy.child)
    const floor = await startPassThrough(upstream.origin)
    children.push(floor.child)
    const session = await createSession(proxy.origin)
    const memoryBefore = await usageOf(proxy.child)
    const options = { servers: { upstream, proxy, floor }, session, log }
    const rate = await fixedRate({ ...options, seconds: quick ? 3 : 10, rounds: quick ? 1 : 2 })
    log('proxy: closed loop, 50 connections, direct then through the proxy')
    const closed = await closedLoop({ ...options, seconds: quick ? 2 : 5 })
    const memoryAfter = await usageOf(proxy.child)
    proxy.child.kill()
    const attacks = await slowBodyAttacks({ upstream: upstream.origin, log })
    return {
      fixedRate: rate,
      maxThroughput: closed,
      loadMemory: { before: memoryBefore.rss, after: memoryAfter.rss, peak: memoryAfter.maxRSS },
      slowBodies: attacks,
      measured: {
        date: new Date().toISOString(),
        ...sourceState(),
        loadAtStart,
        loadAtEnd: os.loadavg(),
        quick,
      },
    }
  } finally {
    for (const child of children) child.kill()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await proxyLoad({ quick: process.argv.includes('--quick') })
  writeFileSync(
    path.join(ROOT, 'node_modules/.cache/atthene-bench-proxy.json'),
    JSON.stringify(results, null, 2),
  )
  console.log(`\n${proxySection({ proxy: results })}\n`)
  for (const row of proxyBudgetRows({ proxy: results }))
    console.log(`${row.ok ? 'within' : 'OVER'}: ${row.what}: ${row.measured} (budget ${row.budget})`)
}
