// Min+gzip sizes of each entry point, measured with esbuild (minify) and zlib (gzip level 9).
// Shared by `npm run bench` (report) and test/size.test.ts (budgets): sizes are deterministic.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'zustand', 'react-dropzone']
const REACT = ['react', 'react-dom']
const all = (names) => names.flatMap((name) => (name.includes('*') ? [name] : [name, `${name}/*`]))

/**
 * What is measured (bytes, min+gzip). `designBudget` is design.md's; `budget` is what the test enforces, and where
 * the two differ `why` says so (docs/benchmarks.md repeats it).
 */
export const SIZE_CHECKS = [
  {
    name: 'atthene-chat-kit/client',
    entry: 'src/client/index.ts',
    external: [],
    designBudget: 5_000,
    budget: 6_500,
    why: 'valibot (asked for by the client issue) costs 1.2 kB; without it the client is 5.2 kB: three execute shapes, two tool-call styles, retry, queue and upload progress',
  },
  {
    name: 'atthene-chat-kit/headless (own code: store and hooks; the client is measured above)',
    entry: 'src/headless.ts',
    external: [...PEERS, 'valibot', './client/*', '../client/*'],
    designBudget: 10_000,
    budget: 10_000,
  },
  {
    name: 'atthene-chat-kit (peers external)',
    entry: 'src/index.ts',
    external: PEERS,
    designBudget: 35_000,
    budget: 39_000,
    why: 'markdown-to-jsx (6.9 kB, the smallest maintained markdown-to-React renderer found) and valibot (1.2 kB) did not fit in 35 kB next to the components',
  },
  {
    name: 'atthene-chat-kit/styles.css',
    entry: 'src/styles/styles.css',
    external: [],
    designBudget: 6_000,
    budget: 6_000,
  },
  {
    name: 'atthene-chat-kit (peers bundled, react external)',
    entry: 'src/index.ts',
    external: REACT,
    designBudget: 55_000,
    budget: 57_000,
    why: 'the same 8 kB of markdown and schema code as above',
  },
  {
    name: 'standalone widget, bundled from source (React included)',
    entry: 'src/widget/standalone.ts',
    external: [],
    designBudget: 110_000,
    budget: 136_000,
    why: 'React 19 alone (react-dom, react, scheduler) is 69 kB gzip; with the peers-bundled and CSS budgets that is 130 kB',
  },
]

/**
 * Every public JS entry point, for the report: measured with the peers external, and with them bundled (only
 * react and react-dom external). Runtime dependencies (valibot, markdown-to-jsx, react-virtual) are always
 * bundled, msw (an optional peer of the testing entries) and node builtins always external.
 */
export const ENTRY_POINTS = [
  { name: 'atthene-chat-kit', entry: 'src/index.ts' },
  { name: 'atthene-chat-kit/client', entry: 'src/client/index.ts' },
  { name: 'atthene-chat-kit/headless', entry: 'src/headless.ts' },
  { name: 'atthene-chat-kit/widget', entry: 'src/widget/index.ts' },
  { name: 'atthene-chat-kit/proxy', entry: 'src/proxy/index.ts' },
  { name: 'atthene-chat-kit/testing', entry: 'src/testing/index.ts' },
  { name: 'atthene-chat-kit/testing/msw', entry: 'src/testing/msw.ts' },
]
const ALWAYS_EXTERNAL = ['msw', 'node:*']

/** Vite's `import css from './x.css?inline'` (the widget's shadow-root stylesheet): the minified CSS as a string. */
const inlineCss = {
  name: 'inline-css',
  setup(plugin) {
    plugin.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }))
    plugin.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const css = await build({ entryPoints: [args.path], bundle: true, minify: true, write: false })
      return { contents: `export default ${JSON.stringify(css.outputFiles[0].text)}`, loader: 'js' }
    })
  },
}

function bundle({ entry, external }, metafile = false) {
  return build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: [inlineCss],
    external: all(external),
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile,
    outdir: 'out',
  })
}

/** Bundles and gzips one entry; returns the byte counts. */
export async function measure({ entry, external }) {
  const result = await bundle({ entry, external })
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)))
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

/** Measures every check, plus `dist/widget.js` when it has been built. */
export async function measureAll() {
  const rows = []
  for (const check of SIZE_CHECKS) rows.push({ ...check, ...(await measure(check)) })
  if (existsSync('dist/widget.js')) {
    const code = readFileSync('dist/widget.js')
    rows.push({
      name: 'dist/widget.js (standalone, React included)',
      entry: 'dist/widget.js',
      external: [],
      designBudget: 110_000,
      budget: 110_000,
      why: 'React 19 alone (react-dom, react, scheduler) is 69 kB gzip; with the peers-bundled and CSS budgets that is 130 kB',
      minified: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
    })
  }
  return rows
}

/** Measures each of `ENTRY_POINTS` twice: peers external, and peers bundled (react, react-dom external). */
export async function measureEntries() {
  const rows = []
  for (const { name, entry } of ENTRY_POINTS) {
    const peersExternal = await measure({ entry, external: [...PEERS, ...ALWAYS_EXTERNAL] })
    const peersBundled = await measure({ entry, external: [...REACT, ...ALWAYS_EXTERNAL] })
    rows.push({ name, entry, peersExternal, peersBundled })
  }
  return rows
}

/** The standalone widget (React included), bundled from source: what `dist/widget.js` would weigh. */
export function measureStandaloneWidget() {
  return measure({ entry: 'src/widget/index.ts', external: [] })
}

/** A package name, `src/components/<folder>`, or `src/<folder>`. */
const groupOf = (file) => {
  if (file.startsWith('inline-css:')) return 'src/styles (inlined CSS)'
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]
  if (dependency) return dependency
  const parts = file.split('/')
  return parts.slice(0, parts[1] === 'components' ? 3 : 2).join('/')
}

/**
 * Where the bytes of one check go: each bundled package's gzip cost (the bundle with it, minus without it), and
 * the minified bytes of each source folder, largest first.
 */
export async function breakdown(check) {
  const result = await bundle(check, true)
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs))
  const groups = new Map()
  for (const [file, { bytesInOutput }] of inputs) {
    groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + bytesInOutput)
  }
  const { gzip } = await measure(check)
  const packages = [...groups.keys()].filter(
    (group) => !group.startsWith('src/') && !check.external.includes(group),
  )
  const dependencies = []
  for (const name of packages) {
    const without = await measure({ ...check, external: [...check.external, name] })
    dependencies.push({ name, gzip: gzip - without.gzip })
  }
  const sources = [...groups]
    .filter(([group]) => group.startsWith('src/'))
    .map(([group, minified]) => ({ group, minified }))
  return {
    dependencies: dependencies.sort((a, b) => b.gzip - a.gzip),
    sources: sources.sort((a, b) => b.minified - a.minified),
  }
}
