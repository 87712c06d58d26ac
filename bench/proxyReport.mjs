// The proxy part of the bench report: the proxy against the upstream alone at a fixed rate, closed-loop
// throughput, and its memory under slow bodies (bench/proxy.mjs).

/** The issue's goal: the proxy adds less than this at p99, at 1,000 requests/s. */
export const ADDED_P99_BUDGET_MS = 2
/** …and its RSS stays under this under 50 slow 10 MB bodies (MB as docs/proxy.md counts them, 2^20 bytes). */
export const SLOW_BODY_RSS_BUDGET = 100 * 2 ** 20

const mark = (ok) => (ok ? '✅' : '❌')
const ms = (value) =>
  value === null || value === undefined
    ? 'n/a'
    : `${Math.abs(value) < 100 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US')} ms`
const plus = (value) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`
const seconds = (value) => (value === null ? 'n/a' : `${(value / 1000).toFixed(2)} s`)
const MB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`
const int = (value) => Math.round(value).toLocaleString('en-US')
const statuses = (counts) =>
  Object.entries(counts)
    .map(([code, count]) => `${int(count)} × ${code}`)
    .join(', ')
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

/** The CPU time of each process per answer, and what one core of proxy could answer at that cost. */
const cpu = ({ proxy, upstream }) =>
  `proxy **${ms(proxy)}** (one core: ${int(1000 / proxy)} / s), upstream ${ms(upstream)}`

/** Says so when the proxy answered less than the offered rate: its queue then grew for the whole run. */
const saturated = ({ rate, proxy }) =>
  proxy.throughput < 0.95 * rate ? `; it answered ${int(proxy.throughput)} / s of ${int(rate)}` : ''

const worstAttack = (attacks) =>
  attacks.reduce((worst, attack) => (attack.rss.peak > worst.rss.peak ? attack : worst))

/** The proxy's rows of the Budgets table. */
export function proxyBudgetRows({ proxy }) {
  const { fixedRate, slowBodies } = proxy
  const worst = worstAttack(slowBodies)
  return [
    {
      what: `proxy at ${int(fixedRate.rate)} requests/s: latency it adds at p99 (through it − direct)`,
      budget: `< ${ms(ADDED_P99_BUDGET_MS)}`,
      measured: `${plus(fixedRate.added.p99)} (${ms(fixedRate.proxy.latency.p99)} vs ${ms(fixedRate.direct.latency.p99)})${saturated(fixedRate)}${fixedRate.floorAdded ? `; a bare node:http pass-through adds ${plus(fixedRate.floorAdded.p99)}` : ''}`,
      ok: fixedRate.added.p99 < ADDED_P99_BUDGET_MS,
    },
    {
      what: 'proxy under 50 slow 10 MB bodies: peak RSS of its process',
      budget: `< ${MB(SLOW_BODY_RSS_BUDGET)}`,
      measured: `${MB(worst.rss.peak)} (${worst.name}; ${MB(worst.rss.before)} before)`,
      ok: slowBodies.every((attack) => attack.rss.peak < SLOW_BODY_RSS_BUDGET),
    },
  ]
}

function fixedRateTable({ fixedRate: run }) {
  const served = (side) =>
    `${side.throughput.toFixed(0)} / s (${statuses(side.statuses)}${side.errors ? `, ${side.errors} failed` : ''})`
  // Runs from before the floor was measured have no `floor`.
  const floor = run.floor
  const row = (label, key, added) => [
    label,
    ms(run.direct.latency[key]),
    ...(floor ? [`${ms(floor.latency[key])} (${plus(floor.latency[key] - run.direct.latency[key])})`] : []),
    ms(run.proxy.latency[key]),
    added === undefined ? plus(run.proxy.latency[key] - run.direct.latency[key]) : added,
  ]
  const floorCell = (cell) => (floor ? [cell] : [])
  const p99 = run.added.p99
  return table(
    [
      `${int(run.rate)} requests/s, ${run.seconds} s each`,
      'direct to the upstream',
      ...floorCell('bare node:http pass-through (the floor)'),
      'through the proxy',
      'added by the proxy',
    ],
    [
      [
        'throughput (answers)',
        served(run.direct),
        ...floorCell(floor && served(floor)),
        served(run.proxy),
        '',
      ],
      row('p50', 'p50', `**${plus(run.added.p50)}**`),
      row('p90', 'p90'),
      row(
        'p99',
        'p99',
        `**${plus(p99)}** (budget < ${ms(ADDED_P99_BUDGET_MS)} ${mark(p99 < ADDED_P99_BUDGET_MS)})`,
      ),
      row('max', 'max'),
      row('mean', 'mean'),
      [
        'CPU time per answer: the server processes',
        `upstream ${ms(run.direct.cpuMsPerRequest.upstream)}`,
        ...floorCell(floor && `pass-through ${ms(floor.cpuMsPerRequest.proxy)}`),
        cpu(run.proxy.cpuMsPerRequest),
        '',
      ],
      [
        'the generator’s latest start (starts over 1 ms late)',
        `${ms(run.direct.maxLagMs)} (${int(run.direct.lateSends)})`,
        ...floorCell(floor && `${ms(floor.maxLagMs)} (${int(floor.lateSends)})`),
        `${ms(run.proxy.maxLagMs)} (${int(run.proxy.lateSends)})`,
        '',
      ],
    ],
  )
}

function maxThroughputTable({ maxThroughput: run, loadMemory }) {
  const cell = (side) =>
    `**${int(side.throughput)} / s**; p50 ${ms(side.latency.p50)}, p99 ${ms(side.latency.p99)}${side.non2xx || side.errors ? `; ${side.non2xx} non-2xx, ${side.errors} errors` : ''}`
  return table(
    [`closed loop, ${run.proxy.connections} connections`, 'direct to the upstream', 'through the proxy'],
    [
      [`throughput and latency (${run.proxy.seconds.toFixed(0)} s)`, cell(run.direct), cell(run.proxy)],
      [
        'CPU time per answer: the server processes',
        `upstream ${ms(run.direct.cpuMsPerRequest.upstream)}`,
        cpu(run.proxy.cpuMsPerRequest),
      ],
      [
        'proxy RSS: before the load → after it (peak)',
        '',
        `${MB(loadMemory.before)} → ${MB(loadMemory.after)} (${MB(loadMemory.peak)})`,
      ],
    ],
  )
}

function slowBodyTable({ slowBodies }) {
  return table(
    [
      '50 connections, 10 MB announced, then stalled',
      'answers',
      'first / last answer',
      'all closed',
      'RSS before → peak (during the attack) → after',
      `peak < ${MB(SLOW_BODY_RSS_BUDGET)}`,
      'afterwards',
    ],
    slowBodies.map((attack) => [
      attack.what,
      statuses(attack.statuses),
      `${seconds(attack.firstAnswerMs)} / ${seconds(attack.lastAnswerMs)}`,
      attack.stillOpen ? `${attack.stillOpen} still open at ${seconds(30_000)}` : seconds(attack.allClosedMs),
      `${MB(attack.rss.before)} → **${MB(attack.rss.peak)}**${attack.rss.peakOfAttackOnly ? '' : ' (since the start)'} → ${MB(attack.rss.after)}`,
      mark(attack.rss.peak < SLOW_BODY_RSS_BUDGET),
      statuses(attack.probe.statuses) || `${attack.probe.errors} failed`,
    ]),
  )
}

/** The section of docs/benchmarks.md on the proxy. */
export function proxySection({ proxy }) {
  const { measured } = proxy
  const load = (values) => values.map((value) => value.toFixed(1)).join(' / ')
  return [
    `The proxy (src/proxy, default limits, in its own Node process) in front of a local upstream that answers at once; the load alternates status reads and executes. Measured ${measured.date} on ${measured.commit}${measured.dirty ? ' with uncommitted changes in src/' : ''}${measured.quick ? ' with --quick (not a reference run)' : ''}; load average ${load(measured.loadAtStart)} at the start, ${load(measured.loadAtEnd)} at the end.`,
    '',
    fixedRateTable(proxy),
    '',
    maxThroughputTable(proxy),
    '',
    slowBodyTable(proxy),
  ].join('\n')
}

/** The proxy's bullet of the Method section. */
export function proxyMethod({ proxy }) {
  const { fixedRate } = proxy
  return `- **Proxy under load** (bench/proxy.mjs): src/proxy bundled by esbuild for Node and served by
  \`toNodeHandler\` in a child process (bench/proxyServer.mjs), configured as docs/proxy.md tells an integrator
  (\`publicOrigin\`, \`sessionSecret\`, session creation and uploads allowed, the default limits, the visitor taken
  from \`X-Forwarded-For\` behind one trusted proxy, \`toNodeHandler(proxy, { trustedProxies: 1 })\`), in front of
  a local upstream in another child process (bench/upstreamServer.mjs: small JSON at once, 401 without the key). A session is created through the proxy first and its signed cookie sent with
  every request. Fixed rate: an open-loop generator (bench/paceRequests.mjs, keep-alive \`node:http\` agents, up to
  64 connections) starts request _n_ at _n_ ms whatever the earlier ones are doing, alternating \`GET status\` and
  \`POST execute\` from 10,000 visitors; a latency runs from the request's start to the last byte of its answer
  (\`performance.now()\`). ${int(fixedRate.rate)} requests/s for ${fixedRate.seconds} s on each side, in
  ${fixedRate.rounds} alternating round(s) of direct, through a bare \`node:http\` pass-through
  (bench/passThroughServer.mjs: the body read, the key added, the answer written back, none of the proxy's checks;
  the floor for any proxy on Node's HTTP server and client on this machine), then proxied, after a 1 s warm-up of
  each; "added" is the proxy's percentile minus the direct one (percentiles of each side, not of differences). Closed loop: autocannon
  (pinned devDependency), 50 connections, latencies from its \`response\` events. CPU time per answer: each server
  process's \`process.resourceUsage()\` user + system time over the run (all its threads), over the answers; it
  depends less on what else runs on the machine than the latencies do, and 1,000 ms over it is what one core could
  answer. Slow bodies: for each attack a fresh proxy process; 50 raw \`node:net\` connections, each from its own
  visitor (a distributed attacker, so the per-visitor rate limit stops none), send a \`POST\` head with
  \`Content-Length: 10485760\`, part of the body and then nothing; RSS (\`process.memoryUsage()\` over IPC) is sampled
  every 250 ms; the peak is the proxy process's \`VmHWM\` (\`/proc/self/status\`) after it was reset
  (\`/proc/self/clear_refs\`) just before the attack (not \`resourceUsage().maxRSS\`, which on Linux starts at the
  peak of the bench process that forked the proxy); a connection counts as closed when the proxy closes it (the attacker never does). Latencies
  here are percentiles of every request, not medians of runs.`
}
