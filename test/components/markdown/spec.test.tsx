import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../../src/components/markdown/index.ts'
import { applyUrlPolicy } from './applyUrlPolicy.ts'
import { normalizeHtml } from './normalizeHtml.ts'
import { commonMarkExamples, GENERATED_TAGS, gfmExamples, type SpecExample } from './specExamples.ts'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const COMMONMARK_BAR = 0.98
const GFM_BAR = 0.95

/** Renders the examples through the real component into the DOM, all in one commit; one element each. */
function renderExamples(examples: SpecExample[]): HTMLElement[] {
  const container = document.createElement('div')
  const root = createRoot(container)
  act(() =>
    root.render(
      examples.map((example) => (
        <section key={example.number}>
          <Markdown>{example.markdown}</Markdown>
        </section>
      )),
    ),
  )
  const rendered = [...container.children].map(
    (section) => section.firstElementChild!.cloneNode(true) as HTMLElement,
  )
  act(() => root.unmount())
  return rendered
}

interface Outcome {
  example: SpecExample
  /** Equal to the reference output. */
  exact: boolean
  /** Equal to the reference output once the kit's URL policy is applied to it. */
  passed: boolean
  actual: string
  expected: string
}

function run(examples: SpecExample[]): Outcome[] {
  const rendered = renderExamples(examples)
  return examples.map((example, index) => {
    const actual = normalizeHtml(rendered[index]!)
    const exact = actual === normalizeHtml(example.html)
    const expected = normalizeHtml(applyUrlPolicy(example.html))
    return { example, exact, passed: exact || actual === expected, actual, expected }
  })
}

function report(name: string, outcomes: Outcome[]): number {
  const judged = outcomes.filter((outcome) => !outcome.example.rawHtml)
  const passed = judged.filter((outcome) => outcome.passed).length
  const exact = judged.filter((outcome) => outcome.exact).length
  const failed = judged.filter((outcome) => !outcome.passed).map((outcome) => outcome.example.number)
  console.log(
    `${name}: ${passed}/${judged.length} passed (${((100 * passed) / judged.length).toFixed(1)} %; ` +
      `${exact} exactly, ${passed - exact} once links and images the URL policy refuses are text), ` +
      `${outcomes.length - judged.length} raw-HTML examples apart; failing: ${failed.join(', ') || 'none'}`,
  )
  if (process.env.SPEC_VERBOSE)
    for (const outcome of judged.filter((item) => !item.passed))
      console.log(
        `#${outcome.example.number} ${outcome.example.section}\n  expected ${outcome.expected}\n  actual   ${outcome.actual}`,
      )
  return passed / judged.length
}

/** What the kit does with an example whose reference output passes raw HTML through. */
function rawHtmlHandling(example: SpecExample, rendered: HTMLElement): 'text' | 'dropped' {
  const tags = [...example.markdown.matchAll(/<\/?[A-Za-z][\w-]*/g)].map((match) => match[0])
  return tags.every((tag) => rendered.textContent?.includes(tag)) ? 'text' : 'dropped'
}

describe('conformance of Markdown to the spec examples', () => {
  it(`passes at least ${COMMONMARK_BAR * 100} % of the CommonMark 0.31.2 examples (raw HTML apart)`, () => {
    const examples = commonMarkExamples()
    expect(examples).toHaveLength(652)
    expect(report('CommonMark 0.31.2', run(examples))).toBeGreaterThanOrEqual(COMMONMARK_BAR)
  }, 60_000)

  it(`passes at least ${GFM_BAR * 100} % of the GFM extension examples (raw HTML apart)`, () => {
    const examples = gfmExamples()
    expect(report('GFM extensions', run(examples))).toBeGreaterThanOrEqual(GFM_BAR)
  }, 60_000)

  it('never creates an element from raw HTML: each raw-HTML example is shown as text or dropped', () => {
    const examples = [...commonMarkExamples(), ...gfmExamples()].filter((example) => example.rawHtml)
    const handling = { text: [] as string[], dropped: [] as string[] }
    const renderedAll = renderExamples(examples)
    for (const [index, example] of examples.entries()) {
      const rendered = renderedAll[index]!
      const foreign = [...rendered.querySelectorAll('*')]
        .map((element) => element.tagName.toLowerCase())
        .filter((tag) => !GENERATED_TAGS.has(tag) && !['div', 'span', 'button'].includes(tag))
      expect(foreign, `${example.spec} #${example.number}`).toEqual([])
      handling[rawHtmlHandling(example, rendered)].push(`${example.spec} #${example.number}`)
    }
    console.log(
      `raw HTML: ${examples.length} examples; shown as text: ${handling.text.length}; ` +
        `partly dropped: ${handling.dropped.length} (${handling.dropped.join(', ') || 'none'})`,
    )
    expect(handling.text.length + handling.dropped.length).toBe(examples.length)
  }, 60_000)
})
