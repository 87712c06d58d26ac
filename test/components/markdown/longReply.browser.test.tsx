import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../../src/index.ts'
import { markdownDocument } from '../../../src/components/markdown/markdownDocument.ts'
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

/** Waits for `check`, polling each task (the chunks render one per task). */
async function until(check: () => boolean, what: string) {
  const started = performance.now()
  while (!check()) {
    if (performance.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve))
  }
}

describe('a long reply (50 kB of markdown)', () => {
  it('renders in 2 kB steps, one per task, and is parsed once (step times printed)', async () => {
    const text = longReply(50_000)
    expect(text.length).toBeGreaterThanOrEqual(50_000)
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    const lastHeading = [...text.matchAll(/^## (Step \d+)/gm)].at(-1)![1]!
    const tables = () => container.querySelectorAll('table').length

    // Warm, as in a chat that has rendered replies before: the first markdown of a page also compiles the parser.
    const warm = createRoot(document.createElement('div'))
    flushSync(() => warm.render(<Markdown>{longReply(8_000).replaceAll('Step', 'Warm-up')}</Markdown>))
    warm.unmount()
    // A task of its own for the reply, so the long tasks observed are the reply's.
    await new Promise((resolve) => setTimeout(resolve, 50))
    // Long tasks while it renders (Chromium's Long Tasks API: tasks over 50 ms), for the log.
    const longTasks: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask' })
    const started = performance.now()
    flushSync(() => root.render(<Markdown>{text}</Markdown>))
    const first = performance.now() - started
    // The first step shows the start of the reply, not all of it.
    const firstText = container.textContent.length
    expect(firstText).toBeGreaterThan(500)
    expect(firstText).toBeLessThan(text.length / 4)
    await until(() => tables() >= 20 && container.textContent.includes(lastHeading), 'the whole reply')
    const total = performance.now() - started
    observer.disconnect()
    console.log(
      `50 kB reply: first step ${first.toFixed(1)} ms, all steps ${total.toFixed(1)} ms, ` +
        `long tasks ${longTasks.length ? longTasks.map((ms) => ms.toFixed(0)).join(', ') + ' ms' : 'none'}`,
    )

    // The parsed document is kept: the same text renders from it again, whole, in one step.
    expect(markdownDocument(text)).toBe(markdownDocument(text))
    flushSync(() => root.render(<Markdown className="again">{text}</Markdown>))
    expect(container.querySelectorAll('table')).toHaveLength(tables())
    root.unmount()
    container.remove()
  })
})
