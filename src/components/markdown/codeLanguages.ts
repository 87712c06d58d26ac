/** Fence names the highlighter knows, by the name of its language module; aliases map to the same module. */
export const codeLanguages = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  c: 'c',
  cpp: 'c',
  'c++': 'c',
  h: 'c',
  css: 'css',
  diff: 'diff',
  patch: 'diff',
  docker: 'docker',
  dockerfile: 'docker',
  go: 'go',
  golang: 'go',
  html: 'html',
  http: 'http',
  ini: 'ini',
  java: 'java',
  js: 'js',
  javascript: 'js',
  jsx: 'js',
  mjs: 'js',
  json: 'json',
  lua: 'lua',
  make: 'make',
  makefile: 'make',
  md: 'md',
  markdown: 'md',
  py: 'py',
  python: 'py',
  rs: 'rs',
  rust: 'rs',
  sql: 'sql',
  toml: 'toml',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'ts',
  xml: 'xml',
  svg: 'xml',
  yaml: 'yaml',
  yml: 'yaml',
} as const satisfies Record<string, string>

/** A language module of the highlighter. */
export type CodeLanguage = (typeof codeLanguages)[keyof typeof codeLanguages]

/** The language module for a fence's language name, or `null` when the highlighter does not know it. */
export function codeLanguageOf(name: string | undefined): CodeLanguage | null {
  const key = name?.toLowerCase()
  return key && Object.hasOwn(codeLanguages, key) ? codeLanguages[key as keyof typeof codeLanguages] : null
}
