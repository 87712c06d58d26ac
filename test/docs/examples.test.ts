// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// Every TypeScript example of README.md and docs/*.md (the pages Storybook shows) is type-checked against the
// sources, as a user would write it: imports from `atthene-chat-kit/...` resolve to src/. A fence tagged
// ```ts no-check (a fragment, or code for another runtime) is left out.

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, 'node_modules/.tmp/doc-examples')

const ENTRIES: Readonly<Record<string, string>> = {
  'atthene-chat-kit': 'src/index.ts',
  'atthene-chat-kit/headless': 'src/headless.ts',
  'atthene-chat-kit/client': 'src/client/index.ts',
  'atthene-chat-kit/widget': 'src/widget/index.ts',
  'atthene-chat-kit/proxy': 'src/proxy/index.ts',
  'atthene-chat-kit/testing': 'src/testing/index.ts',
  'atthene-chat-kit/testing/msw': 'src/testing/msw.ts',
  'atthene-chat-kit/locales': 'src/locales.ts',
}

interface Example {
  readonly page: string
  readonly line: number
  readonly language: 'ts' | 'tsx'
  readonly code: string
}

/** The ```ts and ```tsx fences of a markdown page, with the line each starts on. */
function examplesOf(page: string, text: string): Example[] {
  const examples: Example[] = []
  const fence = /^```(tsx?)([^\n]*)\n([\s\S]*?)^```/gm
  for (const match of text.matchAll(fence)) {
    if (match[2]!.includes('no-check')) continue
    const line = text.slice(0, match.index).split('\n').length
    examples.push({ page, line, language: match[1] as 'ts' | 'tsx', code: match[3]! })
  }
  return examples
}

async function allExamples(): Promise<Example[]> {
  const docs = (await readdir(join(ROOT, 'docs')))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`)
  const pages = ['README.md', ...docs]
  const texts = await Promise.all(pages.map((page) => readFile(join(ROOT, page), 'utf8')))
  return pages.flatMap((page, index) => examplesOf(page, texts[index]!))
}

describe('the examples of README.md and docs/', () => {
  it('are there: the README has at least its three ways in and the backend', async () => {
    const examples = await allExamples()
    expect(examples.filter((example) => example.page === 'README.md').length).toBeGreaterThanOrEqual(5)
  })

  it('all type-check against the sources', { timeout: 600_000 }, async () => {
    const examples = await allExamples()
    await rm(OUT, { recursive: true, force: true })
    await mkdir(OUT, { recursive: true })
    const files = await Promise.all(
      examples.map(async (example, index) => {
        const name = `${example.page.replace(/[/.]/g, '_')}_${example.line}_${index}.${example.language}`
        // Each example is its own module; `export {}` keeps a snippet without imports from sharing globals.
        await writeFile(join(OUT, name), `${example.code}\nexport {}\n`)
        return { name, example }
      }),
    )
    const paths = Object.fromEntries(
      Object.entries(ENTRIES).map(([name, file]) => [name, [join(ROOT, file)]]),
    )
    const tsconfig = {
      extends: join(ROOT, 'tsconfig.app.json'),
      compilerOptions: {
        noUnusedLocals: false,
        paths,
        types: ['vite/client', 'node'],
        tsBuildInfoFile: null,
        incremental: false,
      },
      include: ['*.ts', '*.tsx'],
    }
    await writeFile(join(OUT, 'tsconfig.json'), JSON.stringify(tsconfig))
    const result = await run('npx', ['tsc', '-p', join(OUT, 'tsconfig.json')], { cwd: ROOT }).then(
      () => '',
      (error: { stdout?: string; message?: string }) => error.stdout || (error.message ?? 'tsc failed'),
    )
    // Point each error at its page and line.
    const located = result.replace(/^(\S+?)\((\d+),\d+\)/gm, (whole, file: string, line: string) => {
      const found = files.find((entry) => file.endsWith(entry.name))
      return found ? `${found.example.page}:${found.example.line + Number(line)}` : whole
    })
    expect(located).toBe('')
  })
})
