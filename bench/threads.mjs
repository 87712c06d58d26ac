// The long-thread scenario: mount and append on bench/pages/thread.html, 100 / 1,000 / 10,000 messages.
import { summarize } from './stats.mjs'

async function threadRun(context, origin, count, appendsPerRun) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await page.goto(`${origin}/thread.html?count=${count}`)
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

/** Runs every size `runs` times (fresh page each, sizes interleaved) and summarizes. */
export async function threads(browser, origin, { sizes, runs: rounds, appendsPerRun }, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // Warm-up: the first page load of a fresh browser pays for its caches; not reported.
  for (const count of [sizes[0], sizes.at(-1)]) await threadRun(context, origin, count, appendsPerRun)
  const runs = Object.fromEntries(sizes.map((count) => [count, []]))
  for (let round = 0; round < rounds; round += 1) {
    // Rotate the order, so that no size always goes first or last.
    const order = sizes.map((_, index) => sizes[(index + round) % sizes.length])
    for (const count of order) runs[count].push(await threadRun(context, origin, count, appendsPerRun))
    log(`threads: round ${round + 1}/${rounds}`)
  }
  await context.close()
  return Object.fromEntries(
    sizes.map((count) => {
      const list = runs[count]
      const appends = list.flatMap((run) => run.appends)
      const of = (pick) => summarize(list.map(pick))
      const ofAppends = (pick) => summarize(appends.map(pick))
      return [
        count,
        {
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
        },
      ]
    }),
  )
}
