// Renders the bench results as docs/benchmarks.md and as a short console summary.
import { embedBudgetRows, embedSection } from './embed.mjs'
import { methodSection } from './method.mjs'
import { proxyBudgetRows, proxySection } from './proxyReport.mjs'
import { threadBudgetRows, threadVersusSection } from './threadReport.mjs'

const FRAME_MS = 1000 / 60
const IDLE_STATUS_PER_MINUTE = 2

const mark = (ok) => (ok === null ? '⚠️' : ok ? '✅' : '❌')
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`)
const MiB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const int = (value) =>
  value === null || value === undefined ? 'n/a' : Math.round(value).toLocaleString('en-US')
const range = (summary, format) =>
  summary.median === null
    ? 'n/a'
    : `${format(summary.median)} (${format(summary.min).replace(/ .*/, '')}–${format(summary.max)})`
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

/** Every budget of design.md, with what was measured and whether it holds. */
function budgetRows(results) {
  const rows = []
  for (const row of results.sizes.budgets) {
    const design = row.designBudget ?? row.budget
    rows.push({
      what: `${row.name}, min+gzip`,
      budget:
        design === row.budget
          ? kB(design)
          : `${kB(design)} (the test enforces ${kB(row.budget)}: ${row.why})`,
      measured: kB(row.gzip),
      ok: row.gzip <= design,
    })
  }
  if (results.embed) rows.push(...embedBudgetRows(results))
  rows.push(...threadBudgetRows(results.threads))
  if (results.proxy) rows.push(...proxyBudgetRows(results))
  rows.push({
    what: 'Enter → the user’s message painted (median)',
    budget: `≤ 1 frame (${ms(FRAME_MS)})`,
    measured: ms(results.enter.toPaint.median),
    ok: results.enter.toPaint.median <= FRAME_MS,
  })
  const { idle, hidden } = results.polling
  rows.push({
    what: 'idle session: status requests',
    budget: `≤ ${IDLE_STATUS_PER_MINUTE} / min`,
    measured: `${idle.statusPerMinute.toFixed(1)} / min (${idle.status} in ${idle.windowSeconds.toFixed(0)} s)`,
    ok: idle.statusPerMinute <= IDLE_STATUS_PER_MINUTE,
  })
  const reallyHidden = hidden.visibilityAtStart[0] === 'hidden' && hidden.visibilityAtEnd[0] === 'hidden'
  rows.push({
    what: 'hidden tab: status requests',
    budget: 'none',
    measured: `${hidden.status} in ${hidden.windowSeconds.toFixed(0)} s${reallyHidden ? '' : ' (tab not hidden!)'}`,
    ok: reallyHidden ? hidden.status === 0 : null,
  })
  return rows
}

function machineSection({ machine, durationSeconds, quick }) {
  return table(
    ['', ''],
    [
      ['CPU', `${machine.cpu} (${machine.cores} cores)`],
      ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
      ['OS', machine.os],
      ['Node', machine.node],
      ['Chromium', `${machine.chromium} (headless, launch options from chromium.ts)`],
      ['Playwright / Vite / React', `${machine.playwright} / ${machine.vite} / ${machine.react}`],
      ['sources', `${machine.commit}${machine.dirty ? ' with uncommitted changes in src/' : ''}`],
      ['date', machine.date],
      [
        'load average (1 / 5 / 15 min)',
        `${machine.loadAtStart.map((load) => load.toFixed(1)).join(' / ')} at the start, ${machine.loadAtEnd.map((load) => load.toFixed(1)).join(' / ')} at the end`,
      ],
      ['bench duration', `${durationSeconds.toFixed(0)} s${quick ? ' (--quick: not a reference run)' : ''}`],
    ],
  )
}

// The budgets of design.md that measure an entry exactly as the table below does (see SIZE_CHECKS): the
// headless budget counts its own code only (the client it re-exports is external), so it is in the budget
// table alone.
const ENTRY_BUDGETS = {
  'atthene-chat-kit': { peersExternal: 35_000, peersBundled: 55_000 },
  'atthene-chat-kit/client': { peersExternal: 5_000, peersBundled: 5_000 },
}

function sizeSection({ sizes }) {
  const cell = (row, kind) => {
    const budget = ENTRY_BUDGETS[row.name]?.[kind]
    const text = `${kB(row[kind].minified)} / **${kB(row[kind].gzip)}**`
    return budget === undefined ? text : `${text} (budget ${kB(budget)} ${mark(row[kind].gzip <= budget)})`
  }
  const entries = table(
    ['entry point', 'peers external (min / gzip)', 'peers bundled, react external (min / gzip)'],
    sizes.entries.map((row) => [`\`${row.name}\``, cell(row, 'peersExternal'), cell(row, 'peersBundled')]),
  )
  const budgets = table(
    ['what', 'min', 'min+gzip', 'design budget', '', 'enforced by test/size.test.ts'],
    sizes.budgets.map((row) => [
      row.name,
      kB(row.minified),
      kB(row.gzip),
      kB(row.designBudget ?? row.budget),
      mark(row.gzip <= (row.designBudget ?? row.budget)),
      row.entry === 'dist/widget.js' ? 'reported only' : kB(row.budget),
    ]),
  )
  const breakdowns = Object.entries(sizes.breakdowns).map(([name, detail]) => {
    const dependencies = detail.dependencies.map((dep) => `${dep.name} ${kB(dep.gzip)}`).join(', ')
    const sources = detail.sources
      .slice(0, 8)
      .map((source) => `${source.group} ${kB(source.minified)}`)
      .join(', ')
    return `- **${name}** (\`${detail.entry}\`): packages, gzip bytes each adds (a package includes what it imports): ${dependencies || 'none'}. Largest own sources, minified: ${sources}.`
  })
  return [
    '### Budgets',
    '',
    budgets,
    ...(sizes.measuredOn ? ['', `Sizes measured on sources ${sizes.measuredOn}.`] : []),
    ...(sizes.widgetNote ? ['', `Note: ${sizes.widgetNote}.`] : []),
    '',
    '### Every entry point',
    '',
    entries,
    '',
    ...(sizes.groups ? [groupSection(sizes.groups), ''] : []),
    ...(breakdowns.length > 0 ? ['### Where the bytes go (checks over budget)', '', ...breakdowns] : []),
  ].join('\n')
}

/** Where each kilobyte of one check goes, by module group (see `moduleGroups` in bench/sizes.mjs). */
function groupSection({ name, minified, gzip, groups }) {
  const rows = groups.map((group) => [
    `\`${group.name}\``,
    kB(group.minified),
    `**${kB(group.gzip)}**`,
    `${((100 * group.gzip) / gzip).toFixed(0)} %`,
  ])
  return [
    `### Where the bytes of ${name} go`,
    '',
    `${kB(minified)} minified, ${kB(gzip)} min+gzip. Each group's code is cut from the minified bundle by its source map and gzipped alone; those sizes are scaled to add up to the whole, so a group's gzip is an estimate (gzip shares repeats across groups). Markdown's parser and renderer and the code highlighter are chunks of their own, loaded on demand, and not counted; the de and ar catalogs are in \`atthene-chat-kit/locales\`.`,
    '',
    table(
      ['module group', 'min', 'min+gzip (est.)', 'share'],
      [...rows, ['total', kB(minified), `**${kB(gzip)}**`, '100 %']],
    ),
  ].join('\n')
}

function threadSection({ threads }) {
  const sizes = Object.keys(threads)
  const row = (label, pick) => [label, ...sizes.map((count) => pick(threads[count]))]
  return table(
    ['', ...sizes.map((count) => `${int(Number(count))} messages`)],
    [
      row('mount: render → first commit', (t) => range(t.toCommit, ms)),
      row('**mount: render → first paint**', (t) => `**${range(t.toPaint, ms)}**`),
      row('mount: render → first contentful paint (Paint Timing)', (t) =>
        range(t.toFirstContentfulPaint, ms),
      ),
      row('mount: React render + commit before first paint', (t) => range(t.mountWork, ms)),
      row('mount: commits before first paint', (t) => int(t.mountCommits.median)),
      row('JS heap after mount (after GC)', (t) => range(t.heapUsed, MiB)),
      row('… of which the fixtures (heap before mount)', (t) => range(t.heapFixtures, MiB)),
      row('… of which the mounted thread', (t) => range(t.heapThread, MiB)),
      row('DOM elements (document)', (t) => int(t.elements.median)),
      row('DOM nodes (CDP `Nodes`)', (t) => int(t.nodes.median)),
      row(
        'rendered rows (in the DOM / rendered during the mount)',
        (t) => `${int(t.rows.median)} / ${int(t.mountRowRenders.median)}`,
      ),
      row('append: samples', (t) => `${t.appendSamples} (${t.appendStayedAtBottom} stayed at the bottom)`),
      row('append: React render (Profiler `actualDuration`)', (t) => range(t.appendRender, ms)),
      row('**append: React render + commit**', (t) => `**${range(t.appendWork, ms)}**`),
      row('append: commits before the next paint', (t) => int(t.appendCommits.median)),
      row(
        'append: rows rendered (median, max)',
        (t) => `${int(t.appendRowRenders.median)}, ${int(t.appendRowRenders.max)}`,
      ),
      row('append: update → first commit done', (t) => range(t.appendFirstCommit, ms)),
      row('append: update → next paint', (t) => range(t.appendToPaint, ms)),
      row('append: follow-up commits after paint (row measured)', (t) => range(t.appendFollowUp, ms)),
    ],
  )
}

function enterSection({ enter }) {
  return table(
    ['', `${enter.sends} sends`],
    [
      ['keydown → the user’s bubble in the DOM', range(enter.toInserted, ms)],
      ['**keydown → the user’s bubble painted**', `**${range(enter.toPaint, ms)}**`],
      ['the bubble was in the first frame after the keydown', `${enter.firstFrame} of ${enter.sends}`],
      ['sends whose keydown Event Timing entry was ≥ 16 ms', String(enter.slowEventTimings)],
    ],
  )
}

function pollingSection({ polling }) {
  const scenarios = [
    ['idle', 'idle session (loaded, nothing sent)'],
    ['working', 'working session (an execute in flight the whole window)'],
    ['hidden', 'hidden tab (idle session, `visibilityState` hidden)'],
  ]
  return table(
    [
      'scenario',
      'window',
      'status',
      'history',
      'server saw (status / history)',
      'visibility',
      'before the window',
    ],
    scenarios.map(([name, label]) => {
      const result = polling[name]
      return [
        label,
        `${result.windowSeconds.toFixed(1)} s`,
        `**${result.status}** (${result.statusPerMinute.toFixed(1)} / min)`,
        `**${result.history}** (${result.historyPerMinute.toFixed(1)} / min)`,
        `${result.server.status} / ${result.server.history}`,
        `${result.visibilityAtStart[0]} → ${result.visibilityAtEnd[0]}`,
        `${result.beforeWindow.status} status, ${result.beforeWindow.history} history`,
      ]
    }),
  )
}

/** The markdown report and a console summary. */
export function renderReport(results, notes) {
  const budgets = budgetRows(results)
  const markdown = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/run.mjs); edit bench/notes.md or bench/report.mjs instead. -->',
    '',
    'Run with `npm run bench` (about 4–5 minutes). Budgets are those of design.md (Performance budgets); the proxy’s are the goals set for it when its bench was added.',
    '',
    '## Machine',
    '',
    machineSection(results),
    '',
    '## Budgets',
    '',
    table(
      ['what', 'budget', 'measured', ''],
      budgets.map((row) => [row.what, row.budget, row.measured, mark(row.ok)]),
    ),
    '',
    '## Bundle sizes',
    '',
    sizeSection(results),
    '',
    ...(results.embed ? ['## Standalone embed', '', embedSection(results), ''] : []),
    '## Long threads',
    '',
    'Median (min–max). Mount: one sample per run; append: every append of every run.',
    '',
    threadSection(results),
    '',
    '### Thread vs a list virtualized with @tanstack/react-virtual (same run, same messages)',
    '',
    'Median (min–max); the ratio is Thread ÷ baseline of each round (both measured back to back), its median and range. The baseline is bench/pages/VirtualList.tsx.',
    '',
    threadVersusSection(results.threads),
    '',
    '## Enter to paint (connected ChatWidget)',
    '',
    enterSection(results),
    '',
    '## Requests of an open widget',
    '',
    pollingSection(results),
    '',
    ...(results.proxy ? ['## Proxy under load', '', proxySection(results), ''] : []),
    '## Method',
    '',
    methodSection(results),
    '',
    ...(notes.trim() ? [notes.trim(), ''] : []),
  ].join('\n')
  const summary = [
    'Budgets:',
    ...budgets.map((row) => `  ${mark(row.ok)} ${row.what}: ${row.measured} (budget ${row.budget})`),
  ].join('\n')
  return { markdown, summary }
}
