import { describe, expect, it, vi } from 'vitest'

// The parser is a chunk loaded on first use. The test setup loads it for every other test; here a fresh module
// graph starts without it, as a page does.

async function freshModules() {
  vi.resetModules()
  const { act, createElement } = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { Markdown } = await import('../../../src/components/markdown/Markdown.tsx')
  const loader = await import('../../../src/components/markdown/preloadMarkdown.ts')
  return { act, createElement, createRoot, Markdown, loader }
}

describe('Markdown before its parser has loaded', () => {
  it('shows the text as written, loads the parser, then renders the markdown', async () => {
    const { act, createElement, createRoot, Markdown, loader } = await freshModules()
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    expect(loader.markdownEngine()).toBeUndefined()
    const container = document.createElement('div')
    const root = createRoot(container)
    const text = '**Done.** See [the docs](https://example.com)\n\n- one\n- two'
    act(() => root.render(createElement(Markdown, { children: text })))

    const pending = container.querySelector('.acw-markdown')!
    expect(pending.hasAttribute('data-pending')).toBe(true)
    expect(pending.querySelector('.acw-markdown__source')!.textContent).toBe(text)
    expect(pending.querySelector('strong, a, ul')).toBeNull()

    await act(() => loader.preloadMarkdown())
    const ready = container.querySelector('.acw-markdown')!
    expect(ready.hasAttribute('data-pending')).toBe(false)
    expect(ready.querySelector('strong')!.textContent).toBe('Done.')
    expect(ready.querySelector('a')!.getAttribute('href')).toBe('https://example.com')
    expect(ready.querySelectorAll('li')).toHaveLength(2)
    act(() => root.unmount())
  })

  it('starts loading the parser when the first Markdown mounts', async () => {
    const { act, createElement, createRoot, Markdown, loader } = await freshModules()
    const container = document.createElement('div')
    const root = createRoot(container)
    act(() => root.render(createElement(Markdown, { children: '*loaded on demand*' })))
    await vi.waitFor(() => expect(container.querySelector('em')?.textContent).toBe('loaded on demand'))
    expect(loader.markdownEngine()).toBeDefined()
    act(() => root.unmount())
  })
})
