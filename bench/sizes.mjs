// Min+gzip sizes of each entry point, measured with esbuild (minify) and zlib (gzip level 9).
// Shared by `npm run bench` (report) and test/size.test.ts (budgets): sizes are deterministic.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'zustand', 'react-dropzone']
const REACT = ['react', 'react-dom']
const all = (names) => names.flatMap((name) => [name, `${name}/*`])

/** What is measured, with the budget from design.md (bytes, min+gzip). */
export const SIZE_CHECKS = [
  { name: 'atthene-chat-kit/client', entry: 'src/client/index.ts', external: [], budget: 5_000 },
  {
    name: 'atthene-chat-kit/headless (own code)',
    entry: 'src/headless.ts',
    external: [...PEERS, 'valibot'],
    budget: 10_000,
  },
  { name: 'atthene-chat-kit (peers external)', entry: 'src/index.ts', external: PEERS, budget: 35_000 },
  { name: 'atthene-chat-kit/styles.css', entry: 'src/styles/styles.css', external: [], budget: 6_000 },
  {
    name: 'atthene-chat-kit (peers bundled, react external)',
    entry: 'src/index.ts',
    external: REACT,
    budget: 55_000,
  },
]

/** Bundles and gzips one entry; returns the byte counts. */
export async function measure({ entry, external }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: all(external),
    define: { 'process.env.NODE_ENV': '"production"' },
  })
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
      budget: 110_000,
      minified: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
    })
  }
  return rows
}
