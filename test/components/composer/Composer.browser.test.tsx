import { createRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { Composer, type ComposerProps } from '../../../src/components/composer/index.ts'
import type { Attachment } from '../../../src/store/types.ts'

async function setup(props: Partial<ComposerProps> = {}) {
  const onSend = vi.fn<ComposerProps['onSend']>()
  const ui = (more: Partial<ComposerProps>) => (
    <div className="acw-root" data-theme="light" style={{ inlineSize: 320 }}>
      <Composer onSend={onSend} {...props} {...more} />
    </div>
  )
  const result = await render(ui({}))
  const textarea = page.getByRole('textbox', { name: 'Message' })
  const send = page.getByRole('button', { name: 'Send' })
  return {
    onSend,
    result,
    textarea,
    send,
    element: () => textarea.element() as HTMLTextAreaElement,
    rerender: (more: Partial<ComposerProps>) => result.rerender(ui(more)),
  }
}

const keydown = (target: Element, init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('Composer keyboard', () => {
  it('sends on Enter with the trimmed text, clears, and keeps focus in the text field', async () => {
    const { onSend, textarea, element } = await setup()
    await userEvent.type(textarea, '  Hello there ')
    await userEvent.keyboard('{Enter}')
    expect(onSend).toHaveBeenCalledTimes(1)
    expect(onSend).toHaveBeenCalledWith({ text: 'Hello there', attachments: [] })
    await expect.element(textarea).toHaveValue('')
    expect(document.activeElement).toBe(element())
  })

  it('breaks the line on Shift+Enter without sending', async () => {
    const { onSend, textarea } = await setup()
    await userEvent.type(textarea, 'one')
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}two')
    await expect.element(textarea).toHaveValue('one\ntwo')
    expect(onSend).not.toHaveBeenCalled()
  })

  it('keeps focus in the text field after sending with the Send button', async () => {
    const { onSend, textarea, send, element } = await setup()
    await userEvent.type(textarea, 'Hi')
    await userEvent.click(send)
    expect(onSend).toHaveBeenCalledWith({ text: 'Hi', attachments: [] })
    expect(document.activeElement).toBe(element())
  })

  it('does not send on Enter while an IME composes (isComposing, keyCode 229, or between composition events)', async () => {
    const { onSend, textarea, element } = await setup()
    await userEvent.fill(textarea, 'にほんご')
    const field = element()
    // Some IMEs report isComposing on a keydown before any composition event reaches the page.
    const flagOnly = keydown(field, { key: 'Enter', isComposing: true })
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
    const duringFlag = keydown(field, { key: 'Enter', isComposing: true })
    const duringOnlyEvents = keydown(field, { key: 'Enter' })
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'にほんご' }))
    // Safari reports the Enter that ends a composition after compositionend, with keyCode 229.
    const safariEnter = keydown(field, { key: 'Enter', keyCode: 229 })
    expect(onSend).not.toHaveBeenCalled()
    const prevented = [flagOnly, duringFlag, duringOnlyEvents, safariEnter].map(
      (event) => event.defaultPrevented,
    )
    expect(prevented).toEqual([false, false, false, false])
    await expect.element(textarea).toHaveValue('にほんご')
    await userEvent.keyboard('{Enter}')
    expect(onSend).toHaveBeenCalledWith({ text: 'にほんご', attachments: [] })
  })

  it('does not send on Enter or click when empty or whitespace only', async () => {
    const { onSend, textarea, send } = await setup()
    await userEvent.type(textarea, '   ')
    await userEvent.keyboard('{Enter}')
    // aria-disabled keeps the button focusable; a click must still not send.
    await userEvent.click(send, { force: true })
    expect(onSend).not.toHaveBeenCalled()
    await expect.element(send).toHaveAttribute('aria-disabled', 'true')
  })

  it('skips its own Enter handling when the app calls preventDefault in onKeyDown', async () => {
    const { onSend, textarea } = await setup({
      textareaProps: { onKeyDown: (event) => event.preventDefault() },
    })
    await userEvent.fill(textarea, 'Hi')
    await userEvent.keyboard('{Enter}')
    expect(onSend).not.toHaveBeenCalled()
  })

  it('works controlled: shows the value, reports changes, and asks the parent to clear after send', async () => {
    const changes: string[] = []
    const onSend = vi.fn()
    function Controlled() {
      const [value, setValue] = useState('draft')
      return (
        <Composer
          value={value}
          onValueChange={(next) => {
            changes.push(next)
            setValue(next)
          }}
          onSend={onSend}
        />
      )
    }
    await render(<Controlled />)
    const textarea = page.getByRole('textbox', { name: 'Message' })
    await expect.element(textarea).toHaveValue('draft')
    await userEvent.click(textarea)
    await userEvent.keyboard('{End}!{Enter}')
    expect(onSend).toHaveBeenCalledWith({ text: 'draft!', attachments: [] })
    expect(changes.at(-1)).toBe('')
    await expect.element(textarea).toHaveValue('')
  })

  for (const boxSizing of ['border-box', 'content-box'] as const) {
    it(`grows with its content up to maxHeight, then scrolls (${boxSizing})`, async () => {
      const { textarea, element } = await setup({ maxHeight: 120, textareaProps: { style: { boxSizing } } })
      const start = element().getBoundingClientRect().height
      await userEvent.fill(textarea, 'a\nb\nc')
      const grown = element().getBoundingClientRect().height
      expect(grown).toBeGreaterThan(start)
      expect(element().style.overflowY).toBe('hidden')
      expect(element().scrollHeight).toBeLessThanOrEqual(element().clientHeight)
      await userEvent.fill(textarea, Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'))
      expect(element().getBoundingClientRect().height).toBe(120)
      expect(element().style.overflowY).toBe('auto')
      await userEvent.fill(textarea, 'short')
      expect(element().getBoundingClientRect().height).toBe(start)
    })
  }
})

describe('Composer limits', () => {
  it('keeps text over maxLength, shows how far over, and blocks sending', async () => {
    const { onSend, textarea, send } = await setup({ maxLength: 20 })
    const long = 'x'.repeat(25)
    await userEvent.fill(textarea, long)
    await expect.element(page.getByText('5 characters over the limit')).toBeVisible()
    await expect
      .element(page.getByRole('status').filter({ hasText: 'too long' }))
      .toHaveTextContent('This message is too long to send. Shorten it to 20 characters.')
    await expect.element(send).toHaveAttribute('aria-disabled', 'true')
    await expect.element(textarea).toHaveAttribute('aria-invalid', 'true')
    await userEvent.keyboard('{Enter}')
    expect(onSend).not.toHaveBeenCalled()
    await expect.element(textarea).toHaveValue(long)
  })

  it('shows a counter near the limit only', async () => {
    const { textarea } = await setup({ maxLength: 100 })
    await userEvent.fill(textarea, 'x'.repeat(50))
    await expect.element(page.getByText(/characters left/)).not.toBeInTheDocument()
    await userEvent.fill(textarea, 'x'.repeat(95))
    await expect.element(page.getByText('5 characters left')).toBeVisible()
  })

  it('counts down a rate limit every second, then re-enables Send by itself', async () => {
    const { onSend, textarea, send } = await setup({ rateLimitedUntil: Date.now() + 2000 })
    await userEvent.fill(textarea, 'Hello')
    await expect.element(page.getByText('Send available in 2 s')).toBeVisible()
    await expect.element(send).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard('{Enter}')
    expect(onSend).not.toHaveBeenCalled()
    await expect.element(page.getByText('Send available in 1 s'), { timeout: 1500 }).toBeVisible()
    await expect.element(page.getByText(/Send available in/), { timeout: 1500 }).not.toBeInTheDocument()
    await expect.element(send).not.toHaveAttribute('aria-disabled')
    await userEvent.click(send)
    expect(onSend).toHaveBeenCalledWith({ text: 'Hello', attachments: [] })
  })

  it('does not send while attachments upload or after one failed, and says why', async () => {
    const uploading: Attachment = {
      id: 'a',
      name: 'a.png',
      mimeType: 'image/png',
      size: 10,
      state: { status: 'uploading', progress: 0.4 },
    }
    const { onSend, textarea, rerender } = await setup({ attachments: [uploading] })
    await userEvent.fill(textarea, 'With a picture')
    await userEvent.keyboard('{Enter}')
    await expect
      .element(page.getByText('Attachments are still uploading. You can send when they finish.'))
      .toBeVisible()
    const failed: Attachment = { ...uploading, state: { status: 'failed', error: 'Network error' } }
    await rerender({ attachments: [failed] })
    await userEvent.keyboard('{Enter}')
    await expect
      .element(page.getByText('An attachment failed to upload. Retry or remove it to send.'))
      .toBeVisible()
    expect(onSend).not.toHaveBeenCalled()
    const ready: Attachment = { ...uploading, state: { status: 'ready' } }
    await rerender({ attachments: [ready] })
    await userEvent.keyboard('{Enter}')
    expect(onSend).toHaveBeenCalledWith({ text: 'With a picture', attachments: [ready] })
  })

  it('sends attachments without text', async () => {
    const ready: Attachment = {
      id: 'a',
      name: 'a.png',
      mimeType: 'image/png',
      size: 10,
      state: { status: 'ready' },
    }
    const { onSend, send } = await setup({ attachments: [ready] })
    await userEvent.click(send)
    expect(onSend).toHaveBeenCalledWith({ text: '', attachments: [ready] })
  })

  it('disables typing, attaching and sending when disabled', async () => {
    const { textarea, send } = await setup({ disabled: true, onAddFiles: vi.fn() })
    await expect.element(textarea).toBeDisabled()
    await expect.element(send).toBeDisabled()
    await expect.element(page.getByRole('button', { name: 'Attach files' })).toBeDisabled()
  })
})

describe('Composer props', () => {
  it('passes className, data attributes and ref to the form, and composes onPaste', async () => {
    const ref = createRef<HTMLFormElement>()
    const onAddFiles = vi.fn()
    const { result } = await setup({
      ref,
      className: 'mine',
      'data-testid': 'composer',
      onAddFiles,
      onPaste: (event) => event.preventDefault(),
    } as Partial<ComposerProps>)
    const form = result.container.querySelector('form')!
    expect(ref.current).toBe(form)
    expect(form.classList.contains('acw-composer')).toBe(true)
    expect(form.classList.contains('mine')).toBe(true)
    expect(form.getAttribute('data-testid')).toBe('composer')
    expect(form.getAttribute('data-state')).toBe('empty')
    const data = new DataTransfer()
    data.items.add(new File(['x'], 'a.png', { type: 'image/png' }))
    form
      .querySelector('textarea')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    expect(onAddFiles).not.toHaveBeenCalled()
  })

  it('exposes the text field through textareaRef', async () => {
    const textareaRef = createRef<HTMLTextAreaElement>()
    const { element } = await setup({ textareaRef })
    expect(textareaRef.current).toBe(element())
  })
})
