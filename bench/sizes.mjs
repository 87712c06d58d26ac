// Min+gzip sizes of each entry point, measured with esbuild (minify) and zlib (gzip level 9).
// Shared by `npm run bench` (report) and test/size.test.ts (budgets): sizes are deterministic.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'

const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'zustand', 'react-dropzone']
const REACT = ['react', 'react-dom']
const gzipOf = (code) => gzipSync(code, { level: 9 }).length
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
    budget: 5_600,
    why: 'three execute shapes, two tool-call styles, retry, queue, upload progress, failed-execution bodies and the server clock offset cost 0.5 kB over the design budget',
  },
  {
    name: 'atthene-chat-kit/headless (own code: store and hooks; the client is measured above)',
    entry: 'src/headless.ts',
    external: [...PEERS, './client/*', '../client/*'],
    designBudget: 10_000,
    budget: 10_700,
    why: 'one sender per session across tabs (Web Locks with a BroadcastChannel fallback), best-effort persistence and history matching by position and server clock cost 0.5 kB over the design budget',
  },
  {
    name: 'atthene-chat-kit (peers external)',
    // What ships (`npm run build` first): an app's bundler bundles dist/index.js, not the sources.
    entry: 'dist/index.js',
    external: PEERS,
    designBudget: 35_000,
    budget: 35_000,
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
    // What ships (`npm run build` first): an app's bundler bundles dist/index.js, not the sources.
    entry: 'dist/index.js',
    external: REACT,
    designBudget: 55_000,
    budget: 55_000,
  },
  {
    name: 'dist/widget.js: the standalone loader (what a page pays before the chat is opened)',
    entry: 'src/widget/standalone.ts',
    external: [],
    designBudget: 6_000,
    budget: 6_000,
  },
]

/**
 * Every public JS entry point, for the report: measured with the peers external, and with them bundled (only
 * react and react-dom external). Runtime dependencies (marked, @speed-highlight/core) are always
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

/** `react` and `react-dom` as `preact/compat`, as vite.widget.config.ts aliases them for the standalone chat. */
const PREACT_ALIAS = {
  react: 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
}

/** Code loaded by `import()` (the chat's `de` and `ar` catalogs) is a chunk of its own: not counted. */
const lazyChunks = {
  name: 'lazy-chunks',
  setup(plugin) {
    plugin.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { external: true } : undefined,
    )
  },
}

function bundle({ entry, external, preact = false }, metafile = false, sourcemap = false) {
  return build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // As tsconfig.app.json and the library build: `react/jsx-runtime`, not `React.createElement`.
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
    plugins: [inlineCss, lazyChunks],
    external: all(external),
    alias: preact ? PREACT_ALIAS : {},
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile,
    sourcemap: sourcemap ? 'external' : false,
    outdir: 'out',
  })
}

/** Bundles and gzips one entry; returns the byte counts. */
export async function measure({ entry, external, preact }) {
  const result = await bundle({ entry, external, preact })
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)))
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length }
}

/** Measures every check, plus `dist/widget.js` when it has been built. */
export async function measureAll() {
  const rows = []
  for (const check of SIZE_CHECKS) rows.push({ ...check, ...(await measure(check)) })
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

/** The standalone chat chunk (Preact included), bundled from source: what `dist/widget-chat.js` would weigh. */
export function measureStandaloneWidget() {
  return measure({ entry: 'src/widget/standaloneChat.ts', external: [], preact: true })
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The source-map segments of one output line: `[column, source index or -1]` each. */
function decodeLine(line, state) {
  const segments = []
  for (const segment of line.split(',')) {
    if (!segment) continue
    const fields = []
    let value = 0
    let shift = 0
    for (const char of segment) {
      const digit = BASE64.indexOf(char)
      value += (digit & 31) << shift
      if (digit & 32) shift += 5
      else {
        fields.push(value & 1 ? -(value >> 1) : value >> 1)
        value = shift = 0
      }
    }
    state.column += fields[0]
    if (fields.length > 1) state.source += fields[1]
    segments.push([state.column, fields.length > 1 ? state.source : -1])
  }
  return segments
}

/**
 * Where the gzip bytes of one check go, by module group (a package, `src/components/<folder>` or `src/<folder>`):
 * the minified bundle is cut by its source map into each group's code, each group's code is gzipped alone, and
 * those sizes are scaled so that they add up to the bundle's gzip size. An estimate (gzip shares its dictionary
 * across groups), largest first.
 */
export async function moduleGroups(check) {
  const result = await bundle(check, false, true)
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text)
  const state = { column: 0, source: 0 }
  // Code before the first mapping (the imports of externals) counts with the entry.
  const cuts = [[0, -1]]
  let lineStart = 0
  const lines = code.split('\n')
  map.mappings.split(';').forEach((line, index) => {
    state.column = 0
    for (const [column, source] of decodeLine(line, state)) cuts.push([lineStart + column, source])
    lineStart += (lines[index]?.length ?? 0) + 1
  })
  const texts = new Map()
  let group = 'src/index.ts'
  cuts.forEach(([start, source], index) => {
    if (source >= 0) group = groupOf(map.sources[source].replace(/^(\.\.\/)+/, ''))
    texts.set(group, (texts.get(group) ?? '') + code.slice(start, cuts[index + 1]?.[0] ?? code.length))
  })
  const total = gzipOf(code)
  const alone = [...texts]
    .filter(([, text]) => text.length > 0)
    .map(([name, text]) => ({ name, minified: text.length, alone: gzipOf(text) }))
  const sum = alone.reduce((all, row) => all + row.alone, 0)
  return {
    minified: code.length,
    gzip: total,
    groups: alone
      .map(({ name, minified, alone: bytes }) => ({
        name,
        minified,
        gzip: Math.round((bytes * total) / sum),
      }))
      .sort((a, b) => b.gzip - a.gzip),
  }
}

/**
 * The standalone files as shipped, measured from a fresh `vite build -c vite.widget.config.ts` (in a temporary
 * directory): what a page fetches before the chat is opened, and what it fetches on open.
 */
export const STANDALONE_CHECKS = [
  {
    name: 'dist/widget.js: the loader, all a page loads before the chat is opened',
    part: 'loader',
    designBudget: 6_000,
    budget: 6_000,
  },
  {
    name: 'dist/widget-chat.js and its static imports: the chat, loaded on open (Preact included)',
    part: 'chat',
    designBudget: 70_000,
    budget: 70_000,
  },
  {
    name: 'the markdown chunk: parser and renderer, fetched alongside the chat on open (replies show as plain text until it is in)',
    part: 'markdown',
    designBudget: 18_000,
    budget: 18_000,
    why: 'design.md sets no budget for it; held at its size (marked 15.3 kB, the renderer 2.4 kB) so that it cannot grow unnoticed',
  },
  {
    name: 'a catalog chunk loaded on demand (the larger of de and ar)',
    part: 'catalog',
    designBudget: 3_000,
    budget: 3_000,
  },
]

/** Builds the standalone widget into a temporary directory and measures its parts (min+gzip bytes). */
export function measureStandalone() {
  const outDir = mkdtempSync(path.join(tmpdir(), 'acw-standalone-'))
  try {
    return measureStandaloneIn(outDir)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** Builds the standalone widget into `outDir` (which it empties) and measures its parts. */
export function measureStandaloneIn(outDir) {
  // In a process of its own, as `npm run build` runs it: under a test runner NODE_ENV is `test`, and Vite
  // would bundle the development builds of the dependencies.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '-c',
      'vite.widget.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'silent',
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'ignore' },
  )
  const files = readdirSync(outDir).filter((file) => file.endsWith('.js'))
  const read = (file) => readFileSync(path.join(outDir, file))
  const staticImports = (file) =>
    [
      ...read(file)
        .toString('utf8')
        .matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g),
    ].map((match) => match[1])
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen
    seen.add(file)
    for (const next of staticImports(file)) closure(next, seen)
    return seen
  }
  const sum = (names) => {
    const list = [...names]
    return {
      files: list,
      minified: list.reduce((total, file) => total + read(file).length, 0),
      gzip: list.reduce((total, file) => total + gzipOf(read(file)), 0),
    }
  }
  const markdown = files.find((file) => /^widget-markdownEngine-/.test(file))
  const catalogs = files.filter((file) => /^widget-(de|ar)-/.test(file)).map((file) => sum([file]))
  return {
    loader: sum(closure('widget.js')),
    chat: sum(closure('widget-chat.js')),
    catalog: catalogs.sort((a, b) => b.gzip - a.gzip)[0] ?? { files: [], minified: 0, gzip: 0 },
    // Its static imports that the chat has too (a shared chunk) are counted with the chat, not twice.
    markdown: sum(
      markdown ? [...closure(markdown)].filter((file) => !closure('widget-chat.js').has(file)) : [],
    ),
  }
}
