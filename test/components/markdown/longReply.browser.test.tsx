import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../../src/index.ts'
import { parseMarkdown } from '../../../src/components/markdown/parseMarkdown.ts'
import { AGENT_REPLY } from '../../../stories/agentMarkdown.ts'

/** About 50 kB of what agents write: headings, paragraphs with emphasis and links, lists, tables, code. */
function longReply(bytes: number): string {
  const section = (index: number) =>
    [
      `## Step ${index}: configure the *client*`,
      'Set `max_retry_count` and **timeoutMs** as described in [the docs](https://example.com/docs) or www.example.org.',
      '- first item with `code`\n- second item with _emphasis_\n  1) nested one\n  2) nested two',
      'Option | Default | Meaning\n--- | --- | ---\nretries | 3 | how often\ndelay | 500 | ms between',
      '```ts\nconst client = createRuntimeClient({ baseUrl, retry: { retries: 3 } })\n\tawait client.getStatus(id)\n```',
      AGENT_REPLY,
    ].join('\n\n')
  let text = ''
  for (let index = 1; text.length < bytes; index++) text += `${section(index)}\n\n`
  return text
}

/** Median of `runs` timings of `work`. */
function median(runs: number, work: () => void): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

describe('a long reply (50 kB of markdown)', () => {
  it('is parsed once: a re-render reuses the memoized tokens and elements (parse and render times printed)', () => {
    const text = longReply(50_000)
    expect(text.length).toBeGreaterThanOrEqual(50_000)
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    // Each run a new text (a fresh parse), the first runs warming up the JIT as a chat session would.
    let variant = 0
    const mount = () => flushSync(() => root.render(<Markdown>{`${text}\n\nrun ${variant++}`}</Markdown>))
    let parsed = 0
    const parse = median(3, () => parseMarkdown(`${text}\n\nparse ${parsed++}`))
    console.log(`50 kB reply: parse ${parse.toFixed(1)} ms (median of 3)`)
    const fresh = median(3, mount)
    const same = `${text}\n\nsame`
    flushSync(() => root.render(<Markdown>{same}</Markdown>))
    const memoized = median(3, () =>
      flushSync(() => root.render(<Markdown className="again">{same}</Markdown>)),
    )
    console.log(
      `50 kB reply: first render ${fresh.toFixed(1)} ms (median of 3), re-render ${memoized.toFixed(1)} ms`,
    )
    expect(container.querySelectorAll('table').length).toBeGreaterThan(20)
    expect(memoized).toBeLessThan(fresh / 5)
    root.unmount()
    container.remove()
  })
})
