import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../../src/index.ts'
import { AGENT_MARKDOWN } from '../../../stories/agentMarkdown.ts'

function show(markdown: string): HTMLElement {
  return render(<Markdown>{markdown}</Markdown>).container.querySelector('.acw-markdown')!
}

describe('Markdown renders what agents write as a user expects', () => {
  it('keeps underscores inside words and spaced asterisks literal', () => {
    const root = show(AGENT_MARKDOWN.intraword)
    expect(root.querySelector('em, strong')).toBeNull()
    expect(root.textContent).toContain('in max_retry_count or rename file_name_v2.txt; 5 * 6 * 7 = 210.')
  })

  it('nests strong emphasis inside emphasis', () => {
    const root = show(AGENT_MARKDOWN.nestedEmphasis)
    expect(root.innerHTML).toContain('<em>This is <strong>important</strong> advice</em>')
    expect(root.textContent).not.toContain('*')
  })

  it('decodes named and numeric character references', () => {
    expect(show(AGENT_MARKDOWN.entities).textContent).toBe('Acme © 2026 — all rights © reserved.')
  })

  it('decodes an entity in a link destination', () => {
    const link = show(AGENT_MARKDOWN.entityInUrl).querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://example.com/search?q=chat&page=2')
  })

  it('keeps balanced parentheses in a bare URL', () => {
    const link = show(AGENT_MARKDOWN.parenthesesInUrl).querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Markdown_(software)')
    expect(link.textContent).toBe('https://en.wikipedia.org/wiki/Markdown_(software)')
  })

  it('links www. addresses and e-mail addresses', () => {
    const hrefs = [...show(AGENT_MARKDOWN.wwwAndEmail).querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(hrefs).toEqual(['http://www.example.org', 'mailto:a@b.com'])
  })

  it('reads a table without outer pipes and drops cells beyond the header', () => {
    const root = show(AGENT_MARKDOWN.tableWithoutOuterPipes)
    expect([...root.querySelectorAll('th')].map((cell) => cell.textContent)).toEqual(['Plan', 'Price'])
    expect([...root.querySelectorAll('tbody tr')].map((row) => row.children.length)).toEqual([2, 2])
    expect(root.textContent).not.toContain('extra cell')
  })

  it('resolves reference links', () => {
    const link = show(AGENT_MARKDOWN.referenceLinks).querySelector('a')!
    expect(link.textContent).toBe('FAQ')
    expect(link.getAttribute('href')).toBe('https://example.com/faq')
    expect(link.closest('.acw-markdown')!.textContent).not.toContain('[FAQ]:')
  })

  it('breaks the line at a trailing backslash without showing it', () => {
    const root = show(AGENT_MARKDOWN.backslashBreak)
    expect(root.querySelector('p')!.innerHTML).toBe('Best regards,<br>The support team')
  })

  it('reads 1) 2) 3) as an ordered list', () => {
    const items = show(AGENT_MARKDOWN.parenthesisList).querySelectorAll('ol > li')
    expect([...items].map((item) => item.textContent)).toEqual(['Install', 'Configure', 'Run'])
  })

  it('keeps tabs in code blocks and names the language on the code element', () => {
    const codes = show(AGENT_MARKDOWN.codeWithTabs).querySelectorAll('pre > code')
    expect(codes[0]!.className).toBe('language-makefile')
    expect(codes[0]!.textContent).toBe('build:\n\tnpm run build\n')
    expect(codes[1]!.className).toBe('language-python')
  })
})

describe('Markdown link safety after decoding', () => {
  it('checks a destination after decoding entities: &#106;avascript: is not a live link', () => {
    const root = show(
      '[a](&#106;avascript:alert(1)) [b](&#x6A;avascript&colon;alert(1)) [c](java&#x09;script:x)',
    )
    expect(root.querySelector('a')).toBeNull()
    expect(root.textContent).toBe('a b c')
  })

  it('checks reference definitions and autolinks after decoding too', () => {
    const root = show('[x][r] <javascript:alert(1)>\n\n[r]: &#106;avascript:alert(1)')
    expect(root.querySelector('a')).toBeNull()
  })
})
