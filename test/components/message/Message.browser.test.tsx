import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../../src/styles/styles.css'
import type { RuntimeErrorInfo } from '../../../src/client/types.ts'
import { Message, type MessageProps } from '../../../src/components/message/index.ts'
import type { ChatMessage, DeliveryState } from '../../../src/store/types.ts'
import { BASE_TIME, toolCall } from '../thread/fixtures.ts'

const error: RuntimeErrorInfo = { code: 'network', message: 'Can’t reach the service', retryable: true }

function message(overrides: Partial<ChatMessage> = {}): ChatMessage {
  const text = overrides.text ?? 'Hello'
  return { key: 'k1', role: 'user', content: text, text, createdAt: BASE_TIME, toolCalls: [], ...overrides }
}

const mount = (props: MessageProps) =>
  render(
    <div className="acw-root" style={{ width: 320 }}>
      <Message {...props} />
    </div>,
  )

describe('Message', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows user text as plain text, never markdown or HTML', async () => {
    const text = '**not bold** <b>not html</b>\n[link](https://example.com)\nsecond line'
    const screen = await mount({ message: message({ text, content: text }) })
    const body = screen.container.querySelector('.acw-message__text')!
    expect(body.textContent).toBe(text)
    expect(body.querySelector('strong, b, a')).toBeNull()
    expect(getComputedStyle(body).whiteSpace).toBe('pre-wrap')
    expect(screen.container.querySelector('article')?.dataset.role).toBe('user')
  })

  it('renders assistant text as markdown with its tool calls', async () => {
    const text = 'It is **sunny**.'
    const screen = await mount({
      message: message({ role: 'assistant', text, content: text, toolCalls: [toolCall()] }),
    })
    expect(screen.container.querySelector('.acw-message__text strong')?.textContent).toBe('sunny')
    expect(screen.container.querySelector('.acw-tool-card')?.getAttribute('data-tool')).toBe('get_weather')
    expect(screen.container.querySelector('article')?.dataset.role).toBe('assistant')
  })

  it('does not render tool calls of user messages', async () => {
    const screen = await mount({ message: message({ toolCalls: [toolCall()] }) })
    expect(screen.container.querySelector('.acw-tools')).toBeNull()
  })

  it.each<[DeliveryState, string]>([
    [{ status: 'queued' }, 'Queued'],
    [{ status: 'sending', since: 0 }, 'Sending…'],
    [{ status: 'sent', at: 0 }, 'Sent'],
    [{ status: 'unknown' }, 'Checking delivery…'],
  ])('shows the %o delivery state as text', async (delivery, label) => {
    const screen = await mount({ message: message({ delivery }) })
    const state = screen.container.querySelector('.acw-delivery')!
    expect(state.getAttribute('data-status')).toBe(delivery.status)
    expect(state.textContent).toBe(label)
    expect(state.querySelector('svg[aria-hidden="true"]')).not.toBeNull()
    expect(screen.container.querySelector('article')?.dataset.state).toBe(delivery.status)
  })

  it('shows a failed message’s reason with Retry and Discard, called with the key', async () => {
    const onRetry = vi.fn()
    const onDiscard = vi.fn()
    const describeError = (info: RuntimeErrorInfo) => `Offline (${info.code})`
    const screen = await mount({
      message: message({ key: 'corr-42', delivery: { status: 'failed', error } }),
      onRetry,
      onDiscard,
      describeError,
    })
    expect(screen.container.querySelector('.acw-delivery__error')?.textContent).toBe(
      'Not sent Offline (network)',
    )
    await screen.getByRole('button', { name: 'Retry' }).click()
    expect(onRetry).toHaveBeenCalledWith('corr-42')
    await screen.getByRole('button', { name: 'Discard' }).click()
    expect(onDiscard).toHaveBeenCalledWith('corr-42')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('offers no Retry for a failure that resending cannot fix (content policy), only Discard', async () => {
    const blocked: RuntimeErrorInfo = { code: 'content_policy', message: 'Blocked', retryable: false }
    const screen = await mount({
      message: message({ delivery: { status: 'failed', error: blocked } }),
      onRetry: vi.fn(),
      onDiscard: vi.fn(),
    })
    expect(screen.container.querySelector('button.acw-button')?.textContent).toBe('Discard')
    expect(screen.container.textContent).not.toContain('Retry')
  })

  it('falls back to the error’s message, and disables actions without handlers', async () => {
    const screen = await mount({ message: message({ delivery: { status: 'failed', error } }) })
    expect(screen.container.textContent).toContain('Can’t reach the service')
    await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeDisabled()
    await expect.element(screen.getByRole('button', { name: 'Discard' })).toBeDisabled()
  })

  it('shows the correlation id behind a details disclosure, with a Copy button', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    const screen = await mount({ message: message({ correlationId: '5f0c-1234' }) })
    const toggle = screen.getByRole('button', { name: 'Message details' })
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false')
    const panel = screen.container.querySelector<HTMLElement>('.acw-message-details__panel')!
    expect(panel.hidden).toBe(true)
    expect(panel.checkVisibility()).toBe(false)

    await toggle.click()
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(panel.checkVisibility()).toBe(true)
    expect(panel.textContent).toContain('5f0c-1234')
    await screen.getByRole('button', { name: 'Copy reference' }).click()
    expect(writeText).toHaveBeenCalledWith('5f0c-1234')
  })

  it('has no details button without a correlation id', async () => {
    const screen = await mount({ message: message() })
    expect(screen.container.querySelector('.acw-message-details')).toBeNull()
  })

  it('shows the time as <time> in the given locale', async () => {
    const screen = await mount({
      message: message({ createdAt: Date.UTC(2024, 0, 2, 13, 5) }),
      locale: 'de-DE',
    })
    const time = screen.container.querySelector('time')!
    expect(time.dateTime).toBe('2024-01-02T13:05:00.000Z')
    expect(time.textContent).toMatch(/2024/)
    expect(time.title).toMatch(/2024/)
  })

  it('shows safe images with their file name as alt, and file chips', async () => {
    const screen = await mount({
      message: message({
        content: [
          { type: 'text', text: 'Files' },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' }, name: 'cat.png' },
          { type: 'image_url', image_url: { url: 'javascript:alert(1)' }, name: 'evil.png' },
          {
            type: 'image_url',
            image_url: { url: 'data:text/html,<script>alert(1)</script>' },
            name: 'html.png',
          },
          { type: 'image_url', image_url: { url: 'blob:https://example.com/1234' }, name: 'local.png' },
          {
            type: 'file',
            file_id: 'f1',
            name: 'quarterly-report-with-a-very-long-name-2026-final.pdf',
            size: 1_572_864,
          },
        ],
        text: 'Files',
      }),
    })
    const images = [...screen.container.querySelectorAll('img')]
    expect(images.map((image) => image.alt)).toEqual(['cat.png', 'local.png'])
    expect(images.map((image) => image.getAttribute('src'))).toEqual([
      'https://example.com/cat.png',
      'blob:https://example.com/1234',
    ])
    const chips = [...screen.container.querySelectorAll<HTMLElement>('.acw-file-chip')]
    expect(chips.map((chip) => chip.title)).toEqual([
      'evil.png',
      'html.png',
      'quarterly-report-with-a-very-long-name-2026-final.pdf',
    ])
    const name = chips[2]!.querySelector<HTMLElement>('.acw-file-chip__name')!
    expect(name.scrollWidth).toBeGreaterThan(name.clientWidth)
    expect(chips[2]!.querySelector('.acw-file-chip__size')?.textContent).toBe('1.5 MB')
  })

  it('shows the files attached from this page on an outbox message', async () => {
    const screen = await mount({
      message: message({
        delivery: { status: 'failed', error },
        attachments: [
          {
            id: 'a1',
            name: 'photo.jpg',
            mimeType: 'image/jpeg',
            size: 2048,
            state: { status: 'ready' },
            previewUrl: 'blob:https://example.com/9',
          },
          { id: 'a2', name: 'notes.txt', mimeType: 'text/plain', size: 2048, state: { status: 'ready' } },
        ],
      }),
    })
    expect(screen.container.querySelector('img')?.alt).toBe('photo.jpg')
    expect(screen.container.querySelector('.acw-file-chip')?.textContent).toBe('notes.txt2 kB')
  })

  it('accepts className, data attributes and a ref', async () => {
    let element: HTMLElement | null = null
    const screen = await mount({
      message: message(),
      className: 'mine',
      'data-testid': 'm',
      ref: (node: HTMLElement | null) => {
        element = node
      },
    } as MessageProps)
    const article = screen.container.querySelector('article')!
    expect(article.className).toBe('acw-message mine')
    expect(article.dataset.testid).toBe('m')
    expect(element).toBe(article)
  })
})
