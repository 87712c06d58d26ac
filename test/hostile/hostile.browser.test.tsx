import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { SeedMessage } from '../../src/testing/types.ts'
import { HOSTILE_FILE_NAMES, HOSTILE_URLS, XSS_CORPUS, type XssPayload } from '../fixtures/xss-corpus.ts'
import { renderWidget, widgetOf } from '../widget/harness.tsx'
import { installTraps, unsafeMarkup } from './traps.ts'

/** Each payload as the user's text, the agent's markdown reply, and a tool call's name, arguments and result. */
function seedFor(payloads: readonly XssPayload[]): SeedMessage[] {
  return payloads.flatMap(({ payload }, index): SeedMessage[] => {
    const failed = index % 4 === 0
    const flat = {
      id: `call_${index}`,
      name: index % 3 === 0 ? payload : 'lookup',
      args: { query: payload, [payload]: [payload] },
      ...(failed
        ? { error: payload }
        : { result: index % 2 ? payload : { html: payload, items: [payload] } }),
      status: failed ? 'failed' : 'completed',
      duration_ms: 5,
    }
    const openai = {
      id: `call_${index}_b`,
      type: 'function',
      function: { name: 'render_html', arguments: JSON.stringify({ html: payload }) },
    }
    return [
      { role: 'user', content: payload },
      { role: 'assistant', content: payload, toolCalls: [index % 2 ? flat : openai] },
    ]
  })
}

/** Hostile file names and URLs in the image and file blocks of a user's message (from the history). */
function fileMessages(): SeedMessage[] {
  return HOSTILE_FILE_NAMES.map((name, index) => {
    const url = HOSTILE_URLS[index % HOSTILE_URLS.length]!
    return {
      role: 'user',
      content: [
        { type: 'text', text: `attachments ${index}` },
        { type: 'image_url', image_url: { url }, name },
        { type: 'file', file_id: `file_${index}`, url, name, mime_type: 'text/html', size: 12 },
      ],
    }
  })
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

/**
 * Scrolls the virtualized thread from top to bottom; at every step opens the disclosures and checks the markup.
 * Returns the keys of every row that was rendered, and the problems found.
 */
async function sweep(root: HTMLElement): Promise<{ keys: Set<string>; problems: string[] }> {
  const viewport = root.querySelector<HTMLElement>('[role="log"]')!
  const keys = new Set<string>()
  const problems = new Set<string>()
  viewport.scrollTop = 0
  // The thread adds unmeasured rows a few per commit after a jump: wait until what it renders settles.
  const settled = async () => {
    let last = ''
    for (let tries = 0; tries < 30; tries++) {
      await frame()
      const now = [...viewport.querySelectorAll<HTMLElement>('[data-key]')]
        .map((row) => row.dataset.key)
        .join()
      if (now === last) return
      last = now
    }
  }
  for (let step = 0; step < 400; step++) {
    await settled()
    for (const toggle of viewport.querySelectorAll<HTMLElement>('details:not([open]) > summary'))
      toggle.click()
    for (const toggle of viewport.querySelectorAll<HTMLElement>('button[aria-expanded="false"]'))
      toggle.click()
    await frame()
    for (const row of viewport.querySelectorAll<HTMLElement>('[data-key]')) keys.add(row.dataset.key!)
    for (const problem of unsafeMarkup(root)) problems.add(problem)
    if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break
    viewport.scrollTop += Math.max(100, viewport.clientHeight * 0.6)
  }
  return { keys, problems: [...problems] }
}

describe('hostile content delivered by the runtime', () => {
  let traps: ReturnType<typeof installTraps>
  beforeEach(() => {
    traps = installTraps()
  })
  afterEach(() => traps.restore())

  it('runs live checks: an injected handler fires the trap, and unsafe markup is reported', async () => {
    const { container } = await renderWidget()
    const root = widgetOf(container)
    const planted = document.createElement('div')
    planted.innerHTML =
      '<img src="x" onerror="window.__xss=1"><a href="javascript:alert(1)">x</a><iframe></iframe>'
    root.append(planted)
    await expect.poll(() => traps.hits).toEqual(['__xss=1'])
    const problems = unsafeMarkup(root).join('\n')
    expect(problems).toMatch(/handler attribute onerror/)
    expect(problems).toMatch(/unsafe link javascript:alert\(1\)/)
    expect(problems).toMatch(/forbidden element: <iframe>/)
    window.alert('trapped')
    expect(traps.hits).toContain('alert(trapped)')
    planted.remove()
  })

  const chunks = 5
  const size = Math.ceil(XSS_CORPUS.length / chunks)
  for (let chunk = 0; chunk < chunks; chunk++) {
    const payloads = XSS_CORPUS.slice(chunk * size, (chunk + 1) * size)
    it(`payloads ${chunk * size + 1}–${chunk * size + payloads.length}: as replies, user text and tool calls, nothing executes or links unsafely`, async () => {
      const history = seedFor(payloads)
      const href = location.href
      const { container } = await renderWidget({
        runtimeOptions: { sessions: [{ id: 's1', history }] },
        props: { pageSize: 500 },
      })
      const root = widgetOf(container)
      await expect.poll(() => root.querySelector('[role="log"] [data-key]')).not.toBeNull()
      const { keys, problems } = await sweep(root)

      expect(problems).toEqual([])
      expect(traps.hits).toEqual([])
      expect(location.href).toBe(href)
      // Every message was rendered at some point of the sweep.
      expect(keys.size).toBe(history.length)
      // The user's text is shown exactly as written (plain text, never markup).
      const shown = [...root.querySelectorAll('.acw-message[data-role="user"] .acw-message__text')].map(
        (node) => node.textContent,
      )
      for (const text of shown) expect(payloads.map((p) => p.payload.trim())).toContain(text?.trim())
    })
  }

  it('hostile file names and URLs in image and file blocks: shown as text, never as a link or image', async () => {
    const history = fileMessages()
    const { container } = await renderWidget({ runtimeOptions: { sessions: [{ id: 's1', history }] } })
    const root = widgetOf(container)
    // The thread opens at the latest message and renders what is on screen: wait for the last one.
    await expect.element(page.getByText(`attachments ${history.length - 1}`, { exact: true })).toBeVisible()
    const { keys, problems } = await sweep(root)

    expect(problems).toEqual([])
    expect(traps.hits).toEqual([])
    expect(keys.size).toBe(history.length)
    // Only `data:image/*` may become an image (an SVG in <img> runs no script); no other URL becomes a src.
    for (const image of root.querySelectorAll('img.acw-message__image'))
      expect(image.getAttribute('src')).toMatch(/^data:image\//)
    expect(root.querySelectorAll('.acw-message a[href]')).toHaveLength(0)
    const names = [...root.querySelectorAll('.acw-file-chip__name')].map((node) => node.textContent)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(HOSTILE_FILE_NAMES).toContain(name)
  })
})
