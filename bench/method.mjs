// The Method section of docs/benchmarks.md: how each figure is measured.
import { proxyMethod } from './proxyReport.mjs'

/** The method, with the run's settings. */
export function methodSection({ config, proxy }) {
  return `- **Sizes**: each entry bundled with esbuild (minify, ESM, browser, \`NODE_ENV=production\`) and gzipped
  (level 9); \`dist/widget.js\` as built by \`npm run build\`, gzipped. The same numbers as test/size.test.ts.
- **Pages**: bench/pages (thread.html, widget.html) built with \`vite build\` (production) and served by
  \`vite preview\` on 127.0.0.1; the thread page renders with React's profiling build (\`react-dom/profiling\`)
  so that \`<Profiler onRender>\` reports in production. Chromium is launched with the options of chromium.ts.
- **Thread**: fixtures (ChatMessage, mixed: the user's plain text; the assistant's markdown with headings,
  lists, links, a code block every 4th turn, a table every 6th, a tool call every 3rd) are generated in the page
  from \`?count=\` before anything is measured; the page shows nothing before the mount. The thread is in a
  420×720 px frame. Mount: \`performance.now()\` just before \`root.render\` → the first Profiler \`onRender\`
  (commit) → the next paint (a task posted from the next \`requestAnimationFrame\`, which runs after that frame's
  style, layout and paint; the Paint Timing first-contentful-paint is shown as a cross-check). ${config.THREAD_RUNS}
  runs per size, each in a fresh page, sizes interleaved, after one discarded warm-up load. Heap: CDP
  \`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`, before and after the mount; DOM: element count and
  CDP \`Performance.getMetrics\` \`Nodes\`. Append: ${config.APPENDS_PER_RUN} per run, alternately the user's own
  message (still sending) and an assistant reply, pushed through \`useSyncExternalStore\` as React Query and
  zustand do in the widget; "render + commit" is the sum over the commits before the next paint of
  (\`onRender\` time − the Profiler's \`startTime\`): rendering, DOM mutations and layout effects.
- **Thread vs react-virtual**: the baseline (bench/pages/VirtualList.tsx, \`?impl=virtual\`) is a plain list
  virtualized with @tanstack/react-virtual (pinned devDependency): a scrolling \`div\` with the Thread's viewport
  class, \`estimateSize\` 96 px (the Thread's default), keys from the messages, rows measured with
  \`measureElement\`, each row a memoized \`div\` (\`translateY\`) holding the same counted \`<Message message>\`
  the Thread renders, opened at the last message and scrolled to the new last message after each change; no
  jump-to-latest, older pages, announcements or focus handling. Both are measured in the same run on the same
  fixtures, back to back in each round (the order alternates), with the same probes; a ratio is Thread ÷
  baseline of each round, reported as the median (min–max) of the rounds.
- **Enter to paint**: the connected ChatWidget against the reference runtime (execute latency 300 ms, a seeded
  history of 60 messages). The composer is filled, then Playwright presses Enter (a trusted keydown); a capture
  listener on \`window\` takes the keydown's own \`timeStamp\`, a MutationObserver sees the user's bubble with a
  unique token appear, and the next-paint probe above marks it painted. ${config.SENDS} sends after 2 warm-ups, each
  after the previous reply is in.
- **Polling**: three browser contexts in parallel, each a ChatWidget on its own reference runtime; requests
  counted with \`page.on('request')\` (and, as a cross-check, by the runtime) during a real window of
  ${config.POLL_WINDOW_MS / 1000} s that starts ${config.POLL_SETTLE_MS / 1000} s after the first history page
  rendered. Working: a message is sent before the window and the execute takes two minutes. Hidden: headless
  Chromium keeps even background tabs and minimized windows \`visible\` (checked), so an init script overrides
  \`document.visibilityState\` / \`document.hidden\` and dispatches \`visibilitychange\` (what React Query's focus
  manager listens to); the table shows what \`document.visibilityState\` read at the start and the end.${proxy ? `\n${proxyMethod({ proxy })}` : ''}
- Every timing is the median (min–max) of its samples. Timings are never asserted: machines are noisy.`
}
