// @vitest-environment node
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// What a user gets from npm: the package is built from the current sources in a scratch copy of the repository
// (so a build here never races the working tree's dist/), packed with `npm pack`, installed from the tarball
// into a fresh Vite React app, then that app is built and type-checked against the published .d.ts files.

const run = promisify(execFile)
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
const APP_DEPENDENCIES = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@tanstack/react-query': '5.108.0',
  zustand: '5.1.0',
  'react-dropzone': '19.3.0',
}
const APP_DEV_DEPENDENCIES = {
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  typescript: '5.9.3',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
}

const MAIN_TSX = `import 'atthene-chat-kit/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ChatLauncher, ChatWidget, en, type ChatWidgetProps } from 'atthene-chat-kit'
import { createRuntimeClient, isRuntimeError, type RuntimeErrorCode } from 'atthene-chat-kit/client'
import { ChatProvider, useChat } from 'atthene-chat-kit/headless'
import { defineChatWidgetElement, mountChatWidget, type MountChatWidgetOptions } from 'atthene-chat-kit/widget'
import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
import { createMockRuntime } from 'atthene-chat-kit/testing'

const runtime = createMockRuntime({ autoCreateSessions: true })
const client = createRuntimeClient({ baseUrl: '/api/v1', fetch: runtime.fetch })
const proxy = createRuntimeProxy({ apiKey: 'server-side-only', allowedOrigins: [] })
const props: ChatWidgetProps = { client, agentKey: 'support', theme: 'dark' }

function Headless() {
  const chat = useChat({ agentKey: 'support' })
  const code: RuntimeErrorCode | undefined = chat.error?.code
  return <p data-code={code}>{chat.messages.length}</p>
}

defineChatWidgetElement()
const element = document.createElement('atthene-chat')
element.options = { labels: { send: 'Go' } }
element.addEventListener('atthene-chat-error', (event) => {
  const code: RuntimeErrorCode = event.detail.code
  console.log(code, isRuntimeError(event.detail))
})
document.body.append(element)
const options: MountChatWidgetOptions = { client, agentKey: 'support', launcher: false }
const handle = mountChatWidget(document.createElement('div'), options)
handle.update({ theme: 'light' })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ChatLauncher labels={en}>
      <ChatWidget {...props} />
    </ChatLauncher>
    <ChatProvider client={client}>
      <Headless />
    </ChatProvider>
  </StrictMode>,
)
console.log(typeof proxy)
`

// Node ESM, no bundler: the published files import what they need, and rendering on the server touches no DOM.
const SSR_MJS = `import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { ChatWidget } from 'atthene-chat-kit'
import { createRuntimeClient } from 'atthene-chat-kit/client'
import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
import { defineChatWidgetElement } from 'atthene-chat-kit/widget'

defineChatWidgetElement()
const client = createRuntimeClient({ baseUrl: 'http://x/api/v1' })
const proxy = createRuntimeProxy({ apiKey: 'k', allowedOrigins: [] })
const html = renderToString(createElement(ChatWidget, { client, agentKey: 'a', storage: false, locale: 'en' }))
console.log(JSON.stringify({ html, proxy: typeof proxy }))
`

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    // The package's .d.ts files are checked too: an unresolved import in them would otherwise become `any`.
    skipLibCheck: false,
    types: ['vite/client'],
  },
  include: ['src'],
}

let work = ''
let app = ''

/** Runs a command; on failure, the error carries its output. */
async function sh(command: string, args: readonly string[], cwd: string) {
  try {
    return await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`)
  }
}

describe('the packed package', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'acw-pack-'))
    const copy = join(work, 'package')
    await mkdir(copy)
    for (const entry of SOURCES) await cp(join(REPO, entry), join(copy, entry), { recursive: true })
    await symlink(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir')
    await sh('npm', ['run', 'build', '--silent'], copy)
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', work], copy)
    const [packed] = JSON.parse(stdout) as { filename: string }[]

    app = join(work, 'app')
    await mkdir(join(app, 'src'), { recursive: true })
    const manifest = {
      name: 'pack-test-app',
      private: true,
      type: 'module',
      dependencies: { 'atthene-chat-kit': `file:../${packed!.filename}`, ...APP_DEPENDENCIES },
      devDependencies: APP_DEV_DEPENDENCIES,
    }
    await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2))
    await writeFile(
      join(app, 'index.html'),
      '<!doctype html><html><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
    )
    await writeFile(
      join(app, 'vite.config.js'),
      "import { defineConfig } from 'vite'\nimport react from '@vitejs/plugin-react'\nexport default defineConfig({ plugins: [react()] })\n",
    )
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2))
    await writeFile(join(app, 'src/main.tsx'), MAIN_TSX)
    await writeFile(join(app, 'ssr.mjs'), SSR_MJS)
    await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error'], app)
  }, 240_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('ships every entry point, the stylesheet and the standalone widget', async () => {
    const installed = join(app, 'node_modules/atthene-chat-kit')
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>
    }
    for (const target of Object.values(manifest.exports)) {
      const files = typeof target === 'string' ? [target] : [target.types, target.default]
      for (const file of files) await expect(readFile(join(installed, file))).resolves.toBeTruthy()
    }
    const widget = await readFile(join(installed, 'dist/widget.js'), 'utf8')
    expect(widget).toContain('atthene-chat')
    expect(widget).not.toMatch(/from\s*["'](react|react-dom)/)
  })

  it("starts the React entries with 'use client', and only those", async () => {
    const head = async (file: string) =>
      (await readFile(join(app, 'node_modules/atthene-chat-kit/dist', file), 'utf8')).slice(0, 20)
    for (const file of ['index.js', 'headless.js', 'widget-entry.js']) {
      expect(await head(file), file).toMatch(/^["']use client["'];/)
    }
    for (const file of ['client.js', 'proxy.js', 'testing.js', 'testing-msw.js']) {
      expect(await head(file), file).not.toContain('use client')
    }
  })

  it('builds in a Vite React app importing every entry point', async () => {
    await sh('npx', ['vite', 'build', '--logLevel', 'warn'], app)
    const html = await readFile(join(app, 'dist/index.html'), 'utf8')
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/index-[\w-]+\.js"/)
    expect(html).toMatch(/<link rel="stylesheet"[^>]+href="\/assets\/index-[\w-]+\.css"/)
  })

  it("type-checks against the package's .d.ts files", async () => {
    await expect(sh('npx', ['tsc', '-p', 'tsconfig.json'], app)).resolves.toBeTruthy()
  })

  it('imports in Node and renders ChatWidget on the server', async () => {
    const { stdout } = await sh('node', ['ssr.mjs'], app)
    const result = JSON.parse(stdout) as { html: string; proxy: string }
    expect(result.html).toContain('acw-widget')
    expect(result.proxy).toBe('function')
  })
})
