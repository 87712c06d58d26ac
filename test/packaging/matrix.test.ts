// @vitest-environment node
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOWEST, NEWEST, installApp, sh, writeFreshApp, type AppVersions } from './freshApp.ts'
import { renderConversation, type Conversation } from './renderInChromium.ts'

// What a user gets from npm, at both ends of the peer ranges: the package is built from the current sources in a
// scratch copy of the repository (so a build here never races the working tree's dist/), packed once with
// `npm pack`, and installed with a plain `npm install` into two fresh Vite React apps, one at the lowest supported
// peer versions and one at the newest published ones. Each app type-checks strictly, builds, renders on the server,
// and holds a conversation with the reference runtime in Chromium. The two apps run side by side.

const REPO = resolve(import.meta.dirname, '../..')
const SOURCES = [
  'src',
  'README.md',
  'package.json',
  'vite.config.ts',
  'vite.widget.config.ts',
  'tsconfig.app.json',
  'tsconfig.build.json',
]
const STEP_TIMEOUT = 600_000

/** The steps of one app, started at once and awaited by the tests in order. */
interface Pipeline {
  readonly dir: string
  readonly install: Promise<string>
  readonly typecheck: Promise<unknown>
  readonly build: Promise<unknown>
  readonly conversation: Promise<Conversation>
}

let work = ''
const pipelines = new Map<string, Pipeline>()

async function packKit(): Promise<string> {
  const copy = join(work, 'package')
  await mkdir(copy)
  for (const entry of SOURCES) await cp(join(REPO, entry), join(copy, entry), { recursive: true })
  await symlink(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir')
  await sh('npm', ['run', 'build', '--silent'], copy)
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', work], copy)
  const [packed] = JSON.parse(stdout) as { filename: string }[]
  return join(work, packed!.filename)
}

function startPipeline(tarball: Promise<string>, dir: string, versions: AppVersions): Pipeline {
  const install = tarball.then(async (file) => {
    await writeFreshApp(dir, file, versions)
    return installApp(dir)
  })
  const typecheck = install.then(() => sh('npx', ['tsc', '-p', 'tsconfig.json'], dir))
  const build = install.then(() => sh('npx', ['vite', 'build', '--logLevel', 'warn'], dir))
  const conversation = build.then(() => renderConversation(join(dir, 'dist'), 'hello from a fresh app'))
  // Each step is awaited by its own test; a failure is reported there, not as an unhandled rejection.
  for (const step of [install, typecheck, build, conversation]) step.catch(() => undefined)
  return { dir, install, typecheck, build, conversation }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'acw-matrix-'))
  const tarball = packKit()
  tarball.catch(() => undefined)
  pipelines.set('lowest', startPipeline(tarball, join(work, 'lowest'), LOWEST))
  pipelines.set('newest', startPipeline(tarball, join(work, 'newest'), NEWEST))
})

afterAll(async () => {
  await Promise.allSettled([...pipelines.values()].map((pipeline) => pipeline.conversation))
  if (work) await rm(work, { recursive: true, force: true })
})

const installedVersion = async (dir: string, name: string) =>
  (JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version

describe.each([
  ['lowest', LOWEST],
  ['newest', NEWEST],
] as const)('a fresh app at the %s peer versions', { timeout: STEP_TIMEOUT }, (name, versions) => {
  const pipeline = () => pipelines.get(name)!

  it('installs the tarball with a plain npm install, without peer conflicts', async () => {
    const output = await pipeline().install
    expect(output).not.toMatch(/ERESOLVE|conflicting peer|Could not resolve dependency/i)
    // `npm ls` fails on any missing or invalid peer anywhere in the tree.
    await expect(sh('npm', ['ls', '--all'], pipeline().dir)).resolves.toBeTruthy()
  })

  it('runs on the peer versions it asked for', async () => {
    await pipeline().install
    const manifest = JSON.parse(await readFile(join(pipeline().dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    for (const peer of Object.keys(versions.dependencies)) {
      // `^x.y.z` was written for `latest`: the newest version, which is what must be installed.
      const wanted = manifest.dependencies[peer]!.replace(/^\^/, '')
      expect(await installedVersion(pipeline().dir, peer), peer).toBe(wanted)
    }
  })

  it("type-checks strictly, the package's .d.ts files included", async () => {
    await expect(pipeline().typecheck).resolves.toBeTruthy()
  })

  it('builds with Vite, with the stylesheet', async () => {
    await pipeline().build
    const html = await readFile(join(pipeline().dir, 'dist/index.html'), 'utf8')
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/index-[\w-]+\.js"/)
    expect(html).toMatch(/<link rel="stylesheet"[^>]+href="\/assets\/index-[\w-]+\.css"/)
  })

  it('holds a conversation with the reference runtime in Chromium', async () => {
    const conversation = await pipeline().conversation
    expect(conversation.user).toContain('hello from a fresh app')
    expect(conversation.replyHeading).toBe('Hello!')
    expect(conversation.pageErrors).toEqual([])
    expect(conversation.standaloneMessages).toBe(2)
  })

  it('imports in Node and renders ChatWidget on the server', async () => {
    await pipeline().install
    const { stdout } = await sh('node', ['ssr.mjs'], pipeline().dir)
    const result = JSON.parse(stdout) as { html: string; proxy: string }
    expect(result.html).toContain('acw-widget')
    expect(result.proxy).toBe('function')
  })
})

describe('the packed files', { timeout: STEP_TIMEOUT }, () => {
  const installed = () => join(pipelines.get('newest')!.dir, 'node_modules/atthene-chat-kit')

  it('ships every entry point, the stylesheet and the standalone widget', async () => {
    await pipelines.get('newest')!.install
    const manifest = JSON.parse(await readFile(join(installed(), 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>
    }
    for (const target of Object.values(manifest.exports)) {
      const files = typeof target === 'string' ? [target] : [target.types, target.default]
      for (const file of files) await expect(readFile(join(installed(), file))).resolves.toBeTruthy()
    }
    const widget = await readFile(join(installed(), 'dist/widget.js'), 'utf8')
    expect(widget).toContain('atthene-chat')
    expect(widget).not.toMatch(/from\s*["'](react|react-dom)/)
  })

  it("starts the React entries with 'use client', and only those", async () => {
    await pipelines.get('newest')!.install
    const head = async (file: string) =>
      (await readFile(join(installed(), 'dist', file), 'utf8')).slice(0, 20)
    for (const file of ['index.js', 'headless.js', 'widget-entry.js']) {
      expect(await head(file), file).toMatch(/^["']use client["'];/)
    }
    for (const file of ['client.js', 'proxy.js', 'testing.js', 'testing-msw.js']) {
      expect(await head(file), file).not.toContain('use client')
    }
  })
})
