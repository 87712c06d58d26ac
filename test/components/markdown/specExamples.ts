import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

/** One example of a spec: markdown in, the reference HTML out. */
export interface SpecExample {
  readonly spec: 'commonmark' | 'gfm'
  readonly number: number
  readonly section: string
  readonly markdown: string
  readonly html: string
  /** The reference output passes raw HTML of the source through; a safe renderer is right not to. */
  readonly rawHtml: boolean
}

/** The elements CommonMark and the GFM extensions generate themselves. */
export const GENERATED_TAGS = new Set(
  'p em strong a img code pre h1 h2 h3 h4 h5 h6 ul ol li blockquote hr br table thead tbody tr th td del input'.split(
    ' ',
  ),
)
const RAW_HTML_SECTIONS = new Set([
  'HTML blocks',
  'Raw HTML',
  'HTML tag filter',
  'Embedded HTML',
  'Disallowed Raw HTML (extension)',
])

/** Whether the reference HTML holds an element that came from raw HTML in the source. */
function passesRawHtml(section: string, markdown: string, html: string): boolean {
  if (RAW_HTML_SECTIONS.has(section)) return true
  if (/<!--|<\?|<![A-Za-z[]/.test(html)) return true
  for (const [, name] of html.matchAll(/<([A-Za-z][\w-]*)/g)) {
    const tag = name!.toLowerCase()
    if (!GENERATED_TAGS.has(tag)) return true
    if (new RegExp(`<${tag}[\\s/>]`, 'i').test(markdown)) return true
  }
  return false
}

/** Examples in the spec text format: 32 backticks + ` example[ kind]`, markdown, `.`, HTML, 32 backticks. */
function parseSpecText(text: string): { markdown: string; html: string; section: string; kind: string }[] {
  const examples: { markdown: string; html: string; section: string; kind: string }[] = []
  let section = ''
  const pattern = /^`{32} example([^\n]*)\n([\s\S]*?)^\.\n([\s\S]*?)^`{32}$|^#{1,6} *(.*)$/gm
  for (const match of text.replace(/^<!-- END TESTS -->[\s\S]*/m, '').matchAll(pattern)) {
    if (match[4] !== undefined) section = match[4]
    else examples.push({ kind: match[1]!.trim(), markdown: match[2]!, html: match[3]!, section })
  }
  return examples.map((example) => ({
    ...example,
    markdown: example.markdown.replaceAll('→', '\t'),
    html: example.html.replaceAll('→', '\t'),
  }))
}

/** The CommonMark 0.31.2 examples, from the `commonmark-spec` package. */
export function commonMarkExamples(): SpecExample[] {
  const require = createRequire(import.meta.url)
  const { tests } = require('commonmark-spec') as {
    tests: { markdown: string; html: string; section: string; number: number }[]
  }
  return tests.map((test) => ({
    spec: 'commonmark',
    number: test.number,
    section: test.section,
    markdown: test.markdown.replaceAll('→', '\t'),
    html: test.html.replaceAll('→', '\t'),
    rawHtml: passesRawHtml(test.section, test.markdown, test.html),
  }))
}

/**
 * The GFM extension examples: those of the GFM spec marked as an extension (table, strikethrough, autolink,
 * tagfilter, and the task lists marked `disabled`), and those of `extensions.txt` except footnotes, which the
 * kit does not render.
 */
export function gfmExamples(): SpecExample[] {
  const read = (name: string) => readFileSync(resolve('test/markdown/spec', name), 'utf8')
  const spec = parseSpecText(read('gfm-spec.txt')).filter((example) => example.kind !== '')
  const extensions = parseSpecText(read('gfm-extensions.txt')).filter(
    (example) => example.section !== 'Footnotes',
  )
  return [...spec, ...extensions].map((example, index) => ({
    spec: 'gfm',
    number: index + 1,
    section: example.section,
    markdown: example.markdown,
    html: example.html,
    rawHtml: example.kind === 'tagfilter' || passesRawHtml(example.section, example.markdown, example.html),
  }))
}
