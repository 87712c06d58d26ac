// `npm run bench`: sizes, long threads, Enter to paint and polling, in real Chromium through Playwright, and the
// proxy under load (bench/proxy.mjs, in Node).
// Builds the bench pages (bench/pages) for production, serves them with `vite preview` on 127.0.0.1, runs the
// scenarios one after another, writes docs/benchmarks.md and prints a summary. Never fails on a timing: machines
// are noisy, so timings are reported against the budgets of design.md, not asserted.
//
// Options (`npm run bench -- --quick`): --build (run `npm run build` first, so dist/widget.js is fresh),
// --quick (fewer runs, a 20 s polling window: for trying the harness, not for the report), --no-write (leave
// docs/benchmarks.md alone), --report (render docs/benchmarks.md again from the last results and bench/notes.md),
// --threads (the long-thread scenario only, the Thread against the react-virtual baseline; prints the comparison
// and writes node_modules/.cache/atthene-bench-threads.json, never docs/benchmarks.md), --sizes (measure the
// sizes again and render docs/benchmarks.md with them and the other results of the last run).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'
import { chromium } from 'playwright'
import { build, preview } from 'vite'
import { renderReport } from './report.mjs'
import { threadBudgetRows, threadVersusSection } from './threadReport.mjs'
import { breakdown, measureAll, measureEntries, moduleGroups, SIZE_CHECKS } from './sizes.mjs'
import { threads } from './threads.mjs'
import { enterToPaint, polling } from './widget.mjs'
import { embed } from './embed.mjs'
import { proxyLoad } from './proxy.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
process.chdir(ROOT)
const args = new Set(process.argv.slice(2))
const QUICK = args.has('--quick')
const CONFIG = path.join(ROOT, 'bench/vite.config.ts')
// Outside the pages' build directory (bench/vite.config.ts empties that one on every build).
const CACHE = path.join(ROOT, 'node_modules/.cache')
const RESULTS = path.join(CACHE, 'atthene-bench-results.json')

const THREAD_SIZES = [100, 1_000, 10_000]
const THREAD_RUNS = QUICK ? 2 : 7 // fresh page per run, sizes interleaved
const APPENDS_PER_RUN = QUICK ? 3 : 8
const SENDS = QUICK ? 6 : 30
const POLL_WINDOW_MS = QUICK ? 20_000 : 65_000 // at least a minute: the idle status interval is 60 s
const POLL_SETTLE_MS = 3_000

const started = performance.now()
// Other work on the machine skews every timing: the load average is reported with the results.
const loadAtStart = os.loadavg()
const log = (message) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`)

/** Chromium's launch options, read from chromium.ts (TypeScript, so transpiled here rather than duplicated). */
async function chromiumOptions() {
  const { code } = await transform(readFileSync('chromium.ts', 'utf8'), { loader: 'ts', format: 'esm' })
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`)
  return module.chromiumLaunchOptions
}

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : ''
  const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? `${os.type()} ${os.release()}`
  const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version
  return {
    cpu: model.trim(),
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: pretty,
    node: process.version,
    chromium: browserVersion,
    playwright: version('playwright'),
    vite: version('vite'),
    react: version('react'),
    date: new Date().toISOString(),
    loadAtStart,
    loadAtEnd: os.loadavg(),
    ...sourceState(),
  }
}

/** Which sources were measured: the commit, and whether src/ had uncommitted changes. */
function sourceState() {
  const git = (...gitArgs) => spawnSync('git', gitArgs, { encoding: 'utf8' }).stdout?.trim() ?? ''
  return {
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', 'src') !== '',
  }
}

// ---------------------------------------------------------------------------------------------- sizes

async function sizes() {
  let widgetNote
  if (args.has('--build') || !existsSync('dist/widget.js')) {
    log('npm run build (dist/widget.js is measured from the build)')
    const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (result.status !== 0)
      widgetNote = '`npm run build` failed; dist/widget.js is from an earlier build or absent'
  }
  if (!existsSync('dist/widget.js'))
    widgetNote = 'dist/widget.js is absent (`npm run build` did not produce it)'
  const budgets = await measureAll()
  const entries = await measureEntries()
  // Where the bytes go, for each JS check over budget (the standalone widget: from its source entry).
  const breakdowns = {}
  for (const row of budgets) {
    if (row.gzip <= row.budget || row.entry.endsWith('.css')) continue
    const check = row.entry.startsWith('dist/')
      ? {
          entry: existsSync('src/widget/standalone.ts') ? 'src/widget/standalone.ts' : 'src/widget/index.ts',
          external: [],
        }
      : SIZE_CHECKS.find((candidate) => candidate.name === row.name)
    breakdowns[row.name] = { entry: check.entry, ...(await breakdown(check)) }
  }
  // Where every kilobyte of the npm entry (peers external) goes, by module group.
  const main = SIZE_CHECKS.find((check) => check.name === 'atthene-chat-kit (peers external)')
  const groups = { name: main.name, ...(await moduleGroups(main)) }
  return { budgets, entries, breakdowns, groups, widgetNote }
}

// ---------------------------------------------------------------------------------------------- threads

// ---------------------------------------------------------------------------------------------- main

/** `--report`: renders docs/benchmarks.md again from the last results (after editing bench/notes.md). */
function reportOnly() {
  const results = JSON.parse(readFileSync(RESULTS, 'utf8'))
  const { markdown, summary } = renderReport(results, readNotes())
  writeFileSync('docs/benchmarks.md', markdown)
  console.log(`${summary}\n\nwrote docs/benchmarks.md from the results of ${results.machine.date}`)
}

/** `--sizes`: measures the sizes again and renders docs/benchmarks.md with them and the rest of the last results. */
async function sizesOnly() {
  const results = JSON.parse(readFileSync(RESULTS, 'utf8'))
  const { commit, dirty } = sourceState()
  results.sizes = {
    ...(await sizes()),
    measuredOn: `${commit}${dirty ? ' with uncommitted changes in src/' : ''}`,
  }
  writeFileSync(RESULTS, JSON.stringify(results, null, 2))
  reportOnly()
}

function readNotes() {
  const notesPath = path.join(ROOT, 'bench/notes.md')
  return existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : ''
}

/** Builds the bench pages and serves them; `close()` stops the server. */
async function servePages() {
  log('building the bench pages (vite build, production)')
  mkdirSync(CACHE, { recursive: true })
  await build({ configFile: CONFIG, mode: 'production', logLevel: 'warn' })
  const server = await preview({
    configFile: CONFIG,
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  })
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '')
  log(`vite preview at ${origin}`)
  return { server, origin }
}

/** `--threads`: the long-thread scenario alone, Thread vs the react-virtual baseline. */
async function threadsOnly() {
  const { server, origin } = await servePages()
  const browser = await chromium.launch(await chromiumOptions())
  try {
    const threadResults = await threads(
      browser,
      origin,
      { sizes: THREAD_SIZES, runs: THREAD_RUNS, appendsPerRun: APPENDS_PER_RUN },
      log,
    )
    const results = { machine: machine(browser.version()), quick: QUICK, threads: threadResults }
    writeFileSync(path.join(CACHE, 'atthene-bench-threads.json'), JSON.stringify(results, null, 2))
    console.log(`\n${threadVersusSection(threadResults)}\n`)
    for (const row of threadBudgetRows(threadResults))
      console.log(`${row.ok ? 'within' : 'OVER'}: ${row.what}: ${row.measured} (budget ${row.budget})`)
    const { commit, dirty, loadAtStart: start, loadAtEnd: end } = results.machine
    log(`commit ${commit}${dirty ? ' + changes' : ''}, load ${start[0].toFixed(1)} → ${end[0].toFixed(1)}`)
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  if (args.has('--report')) return reportOnly()
  if (args.has('--sizes')) return sizesOnly()
  if (args.has('--threads')) return threadsOnly()
  log('sizes')
  const sizeResults = await sizes()

  const { server, origin } = await servePages()
  const browser = await chromium.launch(await chromiumOptions())
  try {
    log('threads: 100 / 1,000 / 10,000 messages')
    const threadResults = await threads(
      browser,
      origin,
      { sizes: THREAD_SIZES, runs: THREAD_RUNS, appendsPerRun: APPENDS_PER_RUN },
      log,
    )
    log('Enter to paint')
    const enterResults = await enterToPaint(browser, origin, { sends: SENDS })
    log(`polling: idle, working and hidden in parallel, ${POLL_WINDOW_MS / 1000} s window`)
    const pollResults = await polling(browser, origin, { windowMs: POLL_WINDOW_MS, settleMs: POLL_SETTLE_MS })
    log('standalone embed: bytes and long tasks before opening, open → composer')
    const embedResults = await embed(browser, origin, { runs: QUICK ? 2 : 7 })
    log('proxy under load: 1,000 requests/s direct and through it, closed loop, 50 slow 10 MB bodies')
    const proxyResults = await proxyLoad({ quick: QUICK, log })
    const durationSeconds = (performance.now() - started) / 1000
    const results = {
      machine: machine(browser.version()),
      quick: QUICK,
      config: { THREAD_RUNS, APPENDS_PER_RUN, SENDS, POLL_WINDOW_MS, POLL_SETTLE_MS },
      sizes: sizeResults,
      threads: threadResults,
      enter: enterResults,
      polling: pollResults,
      embed: embedResults,
      proxy: proxyResults,
      durationSeconds,
    }
    const { markdown, summary } = renderReport(results, readNotes())
    writeFileSync(path.join(CACHE, 'atthene-bench-last.md'), markdown)
    if (!args.has('--no-write')) {
      // The results behind docs/benchmarks.md, for `--report`.
      writeFileSync(RESULTS, JSON.stringify(results, null, 2))
      writeFileSync('docs/benchmarks.md', markdown)
    }
    console.log(`\n${summary}\n`)
    log(
      `done in ${durationSeconds.toFixed(0)} s${args.has('--no-write') ? '' : '; wrote docs/benchmarks.md'}`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
}

main().then(
  // The working scenario's execute (two minutes) still holds a timer in the runtime: exit explicitly.
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
