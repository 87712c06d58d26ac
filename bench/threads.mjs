// The long-thread scenario: mount and append on bench/pages/thread.html, 100 / 1,000 / 10,000 messages, for the
// kit's Thread and, side by side in the same run, for the baseline: the same messages in a plain list virtualized
// with @tanstack/react-virtual (bench/pages/VirtualList.tsx says exactly what it renders).
import { median, summarize } from './stats.mjs'

/** The two implementations measured: `thread` (the kit) and `virtual` (the baseline). */
export const IMPLEMENTATIONS = ['thread', 'virtual']

async function threadRun(context, origin, count, appendsPerRun, impl = 'thread') {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(`${origin}/thread.html?count=${count}&impl=${impl}`)
  await page.waitForFunction(() => window.benchThread !== undefined)
  await cdp.send('HeapProfiler.collectGarbage')
  const before = await cdp.send('Runtime.getHeapUsage')
  const mount = await page.evaluate(() => window.benchThread.mount())
  await cdp.send('HeapProfiler.collectGarbage')
  const after = await cdp.send('Runtime.getHeapUsage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const nodes = metrics.find((metric) => metric.name === 'Nodes')?.value ?? null
  const appends = []
  for (let index = 0; index < appendsPerRun; index += 1) {
    appends.push(await page.evaluate(() => window.benchThread.append()))
  }
  await page.close()
  return {
    mount,
    heapUsed: after.usedSize,
    heapFixtures: before.usedSize,
    heapThread: after.usedSize - before.usedSize,
    nodes,
    appends,
  }
}

/** The summary of one implementation's runs at one size. */
function summarizeRuns(list) {
  const appends = list.flatMap((run) => run.appends)
  const of = (pick) => summarize(list.map(pick))
  const ofAppends = (pick) => summarize(appends.map(pick))
  return {
    runs: list.length,
    toCommit: of((run) => run.mount.toCommit),
    toPaint: of((run) => run.mount.toPaint),
    toFirstContentfulPaint: of((run) => run.mount.toFirstContentfulPaint),
    mountWork: of((run) => run.mount.workBeforePaint),
    mountRender: of((run) => run.mount.renderBeforePaint),
    mountCommits: of((run) => run.mount.commitsBeforePaint),
    heapUsed: of((run) => run.heapUsed),
    heapThread: of((run) => run.heapThread),
    heapFixtures: of((run) => run.heapFixtures),
    elements: of((run) => run.mount.elements),
    nodes: of((run) => run.nodes),
    rows: of((run) => run.mount.rows),
    markdownBlocks: of((run) => run.mount.markdownBlocks),
    mountRowRenders: of((run) => run.mount.rowRenders),
    appendSamples: appends.length,
    appendRender: ofAppends((sample) => sample.render),
    appendWork: ofAppends((sample) => sample.work),
    appendFirstCommit: ofAppends((sample) => sample.firstCommit),
    appendToPaint: ofAppends((sample) => sample.toPaint),
    appendCommits: ofAppends((sample) => sample.commitsBeforePaint),
    appendFollowUp: ofAppends((sample) => sample.workFollowUp),
    appendRowRenders: ofAppends((sample) => sample.rowRenders),
    appendStayedAtBottom: appends.filter((sample) => sample.atBottom).length,
  }
}

/** Thread ÷ baseline of each round (both measured back to back), then the median and range of those ratios. */
function pairedRatios(kit, baseline, pick) {
  const ratios = kit.map((run, index) => pick(run) / pick(baseline[index]))
  return summarize(ratios)
}

/**
 * Runs every size `runs` times for both implementations (a fresh page each, the Thread and the baseline back to
 * back in rotating order, sizes interleaved) and summarizes. `threads[count]` is the Thread's summary, with the
 * baseline's under `baseline` and the Thread ÷ baseline ratios under `versus`.
 */
export async function threads(browser, origin, { sizes, runs: rounds, appendsPerRun }, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // Warm-up: the first page load of a fresh browser pays for its caches; not reported.
  for (const count of [sizes[0], sizes.at(-1)])
    for (const impl of IMPLEMENTATIONS) await threadRun(context, origin, count, appendsPerRun, impl)
  const runs = Object.fromEntries(
    sizes.map((count) => [count, Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, []]))]),
  )
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order, so that no size and no implementation always goes first or last.
    const order = sizes.map((_, index) => sizes[(index + round) % sizes.length])
    for (const count of order) {
      const impls = round % 2 === 0 ? IMPLEMENTATIONS : [...IMPLEMENTATIONS].reverse()
      for (const impl of impls)
        runs[count][impl].push(await threadRun(context, origin, count, appendsPerRun, impl))
    }
    log(`threads: round ${round + 1}/${rounds}`)
  }
  await context.close()
  return Object.fromEntries(
    sizes.map((count) => {
      const { thread: kit, virtual: baseline } = runs[count]
      const appendMedian = (run) => median(run.appends.map((sample) => sample.work))
      return [
        count,
        {
          ...summarizeRuns(kit),
          baseline: summarizeRuns(baseline),
          versus: {
            toPaint: pairedRatios(kit, baseline, (run) => run.mount.toPaint),
            mountWork: pairedRatios(kit, baseline, (run) => run.mount.workBeforePaint),
            appendWork: pairedRatios(kit, baseline, appendMedian),
          },
        },
      ]
    }),
  )
}
