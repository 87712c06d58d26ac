// `node bench/profileThread.mjs [count] [impl] [runs]`: where a thread mount goes. Builds the bench pages without
// minification (names kept), mounts bench/pages/thread.html?count=…&impl=… (`thread` or `virtual`) under the CDP
// sampling profiler, and prints the functions with the most self time and the most total time during the mount
// (render → first paint), summed over `runs` fresh pages. A tool for looking, not a check: nothing is asserted.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'
import { chromium } from 'playwright'
import { build, preview } from 'vite'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
process.chdir(ROOT)
const [count = '1000', impl = 'thread', runs = '3'] = process.argv.slice(2)
const CONFIG = path.join(ROOT, 'bench/vite.config.ts')
const OUT = path.join(ROOT, 'node_modules/.cache/atthene-bench-profile')

const { code } = await transform(readFileSync('chromium.ts', 'utf8'), { loader: 'ts', format: 'esm' })
const { chromiumLaunchOptions } = await import(`data:text/javascript,${encodeURIComponent(code)}`)

await build({
  configFile: CONFIG,
  mode: 'production',
  logLevel: 'warn',
  build: { minify: false, outDir: OUT, emptyOutDir: true },
})
const server = await preview({
  configFile: CONFIG,
  build: { outDir: OUT },
  preview: { port: 0 },
  logLevel: 'warn',
})
const origin = server.resolvedUrls.local[0].replace(/\/$/, '')
const browser = await chromium.launch(chromiumLaunchOptions)
const self = new Map()
const total = new Map()
let mountMs = 0
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  for (let run = 0; run <= Number(runs); run += 1) {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${origin}/thread.html?count=${count}&impl=${impl}`)
    await page.waitForFunction(() => window.benchThread !== undefined)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
    await cdp.send('Profiler.start')
    const mount = await page.evaluate(() => window.benchThread.mount())
    const { profile } = await cdp.send('Profiler.stop')
    await page.close()
    if (run === 0) continue // warm-up
    mountMs += mount.toPaint
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
    const parent = new Map()
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
    const name = (node) =>
      `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`
    for (let index = 0; index < profile.samples.length; index += 1) {
      const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000
      let node = nodes.get(profile.samples[index])
      self.set(name(node), (self.get(name(node)) ?? 0) + dt)
      const seen = new Set()
      while (node) {
        const key = name(node)
        if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + dt)
        seen.add(key)
        node = nodes.get(parent.get(node.id))
      }
    }
  }
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, value]) => `${(value / Number(runs)).toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n')
console.log(
  `${impl}, ${count} messages: mount (render → first paint) ${(mountMs / Number(runs)).toFixed(1)} ms per run`,
)
console.log(`\nself time per run:\n${top(self, 30)}\n\ntotal time per run:\n${top(total, 45)}`)
