import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import { Markdown, safeLinkHref, safeMarkdownImageSrc } from '../../../src/components/markdown/index.ts'

const ATTACKS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '[x](javascript:alert(1))',
  '[click me](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '![x](javascript:alert(1))',
  '![x](https://example.com/a.png" onerror="alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<a href="javascript:alert(1)">raw link</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="alert(1)"><circle /></svg>',
  '<javascript:alert(1)>',
  '[ref][1]\n\n[1]: javascript:alert(1)',
  '[fragment](#top) <style>body{display:none}</style>',
].join('\n\n')

/** Every attribute of every element under `root`, as `tag attr=value`. */
function attributes(root: Element): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map(
      (attribute) => `${element.tagName.toLowerCase()} ${attribute.name}=${attribute.value}`,
    ),
  )
}

describe('Markdown safety', () => {
  afterEach(() => {
    delete (window as { __pwned?: number }).__pwned
  })

  it('renders XSS attempts as inert text: no script, no handler, no unsafe URL', async () => {
    const screen = await render(<Markdown>{ATTACKS}</Markdown>)
    const root = screen.container.querySelector('.acw-markdown')!
    await new Promise((resolve) => setTimeout(resolve, 50))

    expect(root.querySelector('script, iframe, svg, style, object, embed')).toBeNull()
    const attrs = attributes(root)
    expect(attrs.filter((attr) => /^\S+ on/i.test(attr))).toEqual([])
    expect(attrs.filter((attr) => /javascript:|vbscript:|data:text/i.test(attr))).toEqual([])
    for (const link of root.querySelectorAll('a')) {
      expect(safeLinkHref(link.getAttribute('href'))).not.toBeNull()
    }
    for (const image of root.querySelectorAll('img')) {
      expect(safeMarkdownImageSrc(image.getAttribute('src'))).not.toBeNull()
    }
    expect(root.textContent).toContain('<script>window.__pwned = 1</script>')
    expect(root.textContent).toContain('click me')
    expect(root.querySelector('a[href="#top"]')).toBeNull()
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('opens safe links in a new tab without an opener or referrer', async () => {
    const screen = await render(
      <Markdown>
        {
          '[docs](https://example.com/docs) [mail](mailto:help@example.com) [page](/help) https://bare.example.com'
        }
      </Markdown>,
    )
    const links = [...screen.container.querySelectorAll('a')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/docs',
      'mailto:help@example.com',
      '/help',
      'https://bare.example.com',
    ])
    for (const link of links) {
      expect(link.target).toBe('_blank')
      expect(link.rel).toBe('noopener noreferrer')
    }
  })

  it('shows images only for https: and data:image URLs, else their alt text', async () => {
    const screen = await render(
      <Markdown>
        {
          '![ok](https://example.com/a.png) ![insecure](http://example.com/a.png) ![rel](/a.png) ![inline](data:image/gif;base64,R0lGODlhAQABAAAAACw=)'
        }
      </Markdown>,
    )
    const images = [...screen.container.querySelectorAll('img')]
    expect(images.map((image) => image.alt)).toEqual(['ok', 'inline'])
    expect(images[0]!.referrerPolicy).toBe('no-referrer')
    expect(screen.container.textContent).toContain('insecure')
    expect(screen.container.textContent).toContain('rel')

    await screen.rerender(<Markdown allowImages={false}>{'![ok](https://example.com/a.png)'}</Markdown>)
    expect(screen.container.querySelector('img')).toBeNull()
    expect(screen.container.textContent).toContain('ok')
  })

  it('renders tables, lists and task markers, and no ids from the text', async () => {
    const screen = await render(
      <Markdown>
        {
          '# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n\n- [x] done\n- [ ] open\n\nnote[^1]\n\n[^1]: the note'
        }
      </Markdown>,
    )
    const root = screen.container
    expect(root.querySelector('h1')?.textContent).toBe('Title')
    expect(root.querySelectorAll('td')).toHaveLength(2)
    expect(root.querySelector('.acw-markdown__table')?.getAttribute('tabindex')).toBe('0')
    expect(root.querySelectorAll('ol > li')).toHaveLength(2)
    expect(
      [...root.querySelectorAll('[role="img"]')].map((marker) => marker.getAttribute('aria-label')),
    ).toEqual(['Done', 'Not done'])
    expect(root.querySelector('input')).toBeNull()
    expect(root.querySelectorAll('[id]')).toHaveLength(0)
  })
})

describe('Markdown code blocks', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const source = 'Run this:\n\n```sh\nnpm i atthene-chat-kit\necho "<b>done</b>"\n```'

  it('copies the code with the Copy button, shows "Copied" and announces it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    const screen = await render(<Markdown>{source}</Markdown>)
    const block = screen.container.querySelector('.acw-code-block')!
    expect(block.querySelector('pre')?.textContent).toBe('npm i atthene-chat-kit\necho "<b>done</b>"\n')
    expect(block.querySelector('code')?.className).toBe('language-sh')
    expect(block.querySelector('code b')).toBeNull()
    expect(block.querySelector('.acw-code-block__language')?.textContent).toBe('sh')

    const button = screen.getByRole('button', { name: 'Copy code' })
    await button.click()
    expect(writeText).toHaveBeenCalledWith('npm i atthene-chat-kit\necho "<b>done</b>"')
    await expect
      .element(screen.getByRole('button', { name: 'Copied' }))
      .toHaveAttribute('data-state', 'copied')
    expect(block.querySelector('[role="status"]')?.textContent).toBe('Copied')
  })

  it('says so when the clipboard refuses, then resets', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    const screen = await render(<Markdown labels={{ copyFailed: 'Could not copy' }}>{source}</Markdown>)
    await screen.getByRole('button', { name: 'Copy code' }).click()
    await expect.element(screen.getByRole('button', { name: 'Could not copy' })).toBeVisible()
    expect(screen.container.querySelector('[role="status"]')?.textContent).toBe('Could not copy')
    await expect.element(screen.getByRole('button', { name: 'Copy code' }), { timeout: 4000 }).toBeVisible()
  })
})

describe('Markdown code highlighting (opt-in, loaded on demand)', () => {
  const code = 'def greet(name):\n\treturn f"hi {name}"  # tab kept'
  const source = `\`\`\`python\n${code}\n\`\`\``

  it('colours a known language once the highlighter has loaded, with the text and the copy unchanged', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    const screen = await render(<Markdown highlightCode>{source}</Markdown>)
    const codeElement = screen.container.querySelector('code.language-python')!
    await expect.poll(() => codeElement.querySelector('.acw-hl-kwd')?.textContent).toBe('def')
    expect(codeElement.hasAttribute('data-highlighted')).toBe(true)
    expect(codeElement.querySelector('.acw-hl-cmnt')?.textContent).toBe('# tab kept')
    expect(codeElement.textContent).toBe(code)
    await screen.getByRole('button', { name: 'Copy code' }).click()
    expect(writeText).toHaveBeenCalledWith(code)
  })

  it('leaves code plain without the prop, and for a language it does not know', async () => {
    const screen = await render(
      <>
        <Markdown>{source}</Markdown>
        <Markdown highlightCode>{'```klingon\nqapla\n```'}</Markdown>
      </>,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.container.querySelectorAll('[class^="acw-hl-"]')).toHaveLength(0)
    expect(screen.container.querySelectorAll('[data-highlighted]')).toHaveLength(0)
  })
})
