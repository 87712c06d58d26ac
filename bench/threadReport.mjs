// The thread part of the bench report: the kit's Thread against the baseline list virtualized with
// @tanstack/react-virtual (bench/pages/VirtualList.tsx), measured side by side in the same run.

/** design.md: mounting a thread of any length costs at most this × the baseline. */
export const MOUNT_VERSUS_BUDGET = 1.2
/** design.md: appending one message to 10,000 costs at most this × the baseline… */
export const APPEND_VERSUS_BUDGET = 1.5
/** …and under this many ms (median React render + commit). */
export const APPEND_BUDGET_MS = 8

const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`)
const times = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`)
const int = (value) =>
  value === null || value === undefined ? 'n/a' : Math.round(value).toLocaleString('en-US')
const range = (summary, format) =>
  !summary || summary.median === null
    ? 'n/a'
    : `${format(summary.median)} (${format(summary.min).replace(/[ ×].*/, '')}–${format(summary.max)})`

/** The thread budgets of design.md, one row per size for the mount, at 10,000 for the append. */
export function threadBudgetRows(threads) {
  const rows = []
  for (const [count, result] of Object.entries(threads)) {
    if (!result.versus) continue
    const ratio = result.versus.toPaint.median
    rows.push({
      what: `thread of ${int(Number(count))} messages: mount (render → first paint), Thread ÷ react-virtual list`,
      budget: `≤ ${MOUNT_VERSUS_BUDGET}×`,
      measured: `${times(ratio)} (${ms(result.toPaint.median)} vs ${ms(result.baseline.toPaint.median)})`,
      ok: ratio <= MOUNT_VERSUS_BUDGET,
    })
  }
  const large = threads[10_000]
  if (large?.versus) {
    const ratio = large.versus.appendWork.median
    rows.push({
      what: 'append one message to 10,000: React render + commit, Thread ÷ react-virtual list',
      budget: `≤ ${APPEND_VERSUS_BUDGET}×`,
      measured: `${times(ratio)} (${ms(large.appendWork.median)} vs ${ms(large.baseline.appendWork.median)})`,
      ok: ratio <= APPEND_VERSUS_BUDGET,
    })
  }
  if (large) {
    rows.push({
      what: 'append one message to 10,000: React render + commit (median)',
      budget: `< ${APPEND_BUDGET_MS} ms`,
      measured: `${ms(large.appendWork.median)} (render alone ${ms(large.appendRender.median)})`,
      ok: large.appendWork.median < APPEND_BUDGET_MS,
    })
  }
  return rows
}

/** Thread and baseline side by side: median (min–max), and the per-round ratio. */
export function threadVersusSection(threads) {
  const sizes = Object.keys(threads).filter((count) => threads[count].versus)
  const header = [
    '',
    ...sizes.flatMap((count) => [`${int(Number(count))}: Thread`, 'react-virtual', 'ratio']),
  ]
  const row = (label, pick, format, ratio) => [
    label,
    ...sizes.flatMap((count) => {
      const result = threads[count]
      return [
        range(pick(result), format),
        range(pick(result.baseline), format),
        ratio ? range(ratio(result.versus), times) : '',
      ]
    }),
  ]
  const lines = [
    row(
      '**mount: render → first paint**',
      (t) => t.toPaint,
      ms,
      (v) => v.toPaint,
    ),
    row('mount: render → first commit', (t) => t.toCommit, ms),
    row(
      'mount: React render + commit before paint',
      (t) => t.mountWork,
      ms,
      (v) => v.mountWork,
    ),
    row('mount: commits before paint', (t) => t.mountCommits, int),
    row('mount: rows rendered (row renders)', (t) => t.mountRowRenders, int),
    row('mount: rows in the DOM after the mount', (t) => t.rows, int),
    row('mount: markdown blocks in the DOM after the mount', (t) => t.markdownBlocks, int),
    row(
      '**append: React render + commit**',
      (t) => t.appendWork,
      ms,
      (v) => v.appendWork,
    ),
    row('append: commits before the next paint', (t) => t.appendCommits, int),
    row('append: update → next paint', (t) => t.appendToPaint, ms),
  ]
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((line) => `| ${line.join(' | ')} |`),
  ].join('\n')
}
