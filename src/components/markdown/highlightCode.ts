import { tokenizer, type ShjLanguageData } from '@speed-highlight/core/tokenize'
import type { CodeLanguage } from './codeLanguages.ts'

/** A run of code text and its token type (`kwd`, `str`, `cmnt`, …; empty for plain text). */
export interface HighlightedRun {
  readonly text: string
  readonly type: string
}

type Loader = () => Promise<{ default: unknown }>

// One import per module, so a bundler emits each language as its own small chunk, fetched on first use.
const loaders: Record<CodeLanguage | 'jsdoc' | 'regex' | 'todo' | 'asm', Loader> = {
  asm: () => import('@speed-highlight/core/languages/asm.js'),
  bash: () => import('@speed-highlight/core/languages/bash.js'),
  c: () => import('@speed-highlight/core/languages/c.js'),
  css: () => import('@speed-highlight/core/languages/css.js'),
  diff: () => import('@speed-highlight/core/languages/diff.js'),
  docker: () => import('@speed-highlight/core/languages/docker.js'),
  go: () => import('@speed-highlight/core/languages/go.js'),
  html: () => import('@speed-highlight/core/languages/html.js'),
  http: () => import('@speed-highlight/core/languages/http.js'),
  ini: () => import('@speed-highlight/core/languages/ini.js'),
  java: () => import('@speed-highlight/core/languages/java.js'),
  js: () => import('@speed-highlight/core/languages/js.js'),
  jsdoc: () => import('@speed-highlight/core/languages/jsdoc.js'),
  json: () => import('@speed-highlight/core/languages/json.js'),
  lua: () => import('@speed-highlight/core/languages/lua.js'),
  make: () => import('@speed-highlight/core/languages/make.js'),
  md: () => import('@speed-highlight/core/languages/md.js'),
  py: () => import('@speed-highlight/core/languages/py.js'),
  regex: () => import('@speed-highlight/core/languages/regex.js'),
  rs: () => import('@speed-highlight/core/languages/rs.js'),
  sql: () => import('@speed-highlight/core/languages/sql.js'),
  todo: () => import('@speed-highlight/core/languages/todo.js'),
  toml: () => import('@speed-highlight/core/languages/toml.js'),
  ts: () => import('@speed-highlight/core/languages/ts.js'),
  xml: () => import('@speed-highlight/core/languages/xml.js'),
  yaml: () => import('@speed-highlight/core/languages/yaml.js'),
}

async function load(name: string): Promise<ShjLanguageData | undefined> {
  const loader = (loaders as Record<string, Loader | undefined>)[name]
  return loader ? ((await loader()).default as ShjLanguageData) : undefined
}

/**
 * Splits code into typed runs with the languages of `@speed-highlight/core`, loading each language on first use.
 * The runs join back to exactly `code`.
 */
export async function highlightCode(code: string, language: CodeLanguage): Promise<HighlightedRun[]> {
  const runs: HighlightedRun[] = []
  const steps = tokenizer(code, language, (text, type) => {
    if (text) runs.push({ text, type: type ?? '' })
  })
  let step = steps.next()
  while (!step.done) step = steps.next(await load(step.value))
  return runs
}
