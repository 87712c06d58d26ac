import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { Composer, type ComposerProps } from '../../../src/components/composer/index.ts'
import { axeViolations } from './a11y.ts'

const file = (name: string, size: number, type = 'image/png') =>
  new File([new Uint8Array(size)], name, { type })
const transfer = (...files: File[]) => {
  const data = new DataTransfer()
  for (const entry of files) data.items.add(entry)
  return data
}

async function setup(props: Partial<ComposerProps> = {}) {
  const onAddFiles = vi.fn<(files: File[]) => void>()
  const onReject = vi.fn<NonNullable<ComposerProps['onReject']>>()
  const result = await render(
    <div className="acw-root" data-theme="light" style={{ inlineSize: 320 }}>
      <Composer onSend={vi.fn()} onAddFiles={onAddFiles} onReject={onReject} {...props} />
    </div>,
  )
  const form = result.container.querySelector('form')!
  const textarea = page.getByRole('textbox', { name: 'Message' })
  const input = result.container.querySelector<HTMLInputElement>('input[type="file"]')!
  return { onAddFiles, onReject, form, textarea, input, container: result.container }
}

describe('Composer files', () => {
  it('adds a pasted file and does not paste its name as text', async () => {
    const { onAddFiles, textarea } = await setup()
    const picture = file('screenshot.png', 10)
    const event = new ClipboardEvent('paste', {
      clipboardData: transfer(picture),
      bubbles: true,
      cancelable: true,
    })
    ;(textarea.element() as HTMLTextAreaElement).dispatchEvent(event)
    expect(onAddFiles).toHaveBeenCalledWith([picture])
    expect(event.defaultPrevented).toBe(true)
  })

  it('keeps the text of a paste that also carries files', async () => {
    const { onAddFiles, textarea } = await setup()
    const data = transfer(file('cells.png', 10))
    data.setData('text/plain', 'a\tb')
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    ;(textarea.element() as HTMLTextAreaElement).dispatchEvent(event)
    expect(onAddFiles).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(false)
  })

  it('leaves a text-only paste alone', async () => {
    const { onAddFiles, textarea } = await setup()
    const data = new DataTransfer()
    data.setData('text/plain', 'hello')
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    ;(textarea.element() as HTMLTextAreaElement).dispatchEvent(event)
    expect(onAddFiles).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
  })

  it('adds dropped files and shows a drop hint while dragging', async () => {
    const { onAddFiles, form } = await setup()
    const files = [file('a.png', 5), file('b.pdf', 5, 'application/pdf')]
    const data = transfer(...files)
    form.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }))
    await expect.element(page.getByText('Drop files to attach')).toBeInTheDocument()
    await expect.poll(() => form.hasAttribute('data-dragging')).toBe(true)
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    await expect.poll(() => onAddFiles.mock.calls.length).toBe(1)
    expect(onAddFiles.mock.calls[0]![0].map((f) => f.name)).toEqual(['a.png', 'b.pdf'])
    await expect.element(page.getByText('Drop files to attach')).not.toBeInTheDocument()
  })

  it('adds files chosen in the picker, opened by the "Attach files" button', async () => {
    const { onAddFiles, input } = await setup({ accept: ['image/*', '.pdf'] })
    expect(input.accept).toBe('image/*,.pdf')
    const click = vi.spyOn(input, 'click').mockImplementation(() => {})
    await userEvent.click(page.getByRole('button', { name: 'Attach files' }))
    expect(click).toHaveBeenCalled()
    click.mockRestore()
    const picture = file('photo.png', 5)
    await userEvent.upload(input, picture)
    await expect.poll(() => onAddFiles.mock.calls.length).toBe(1)
    expect(onAddFiles.mock.calls[0]![0][0]!.name).toBe('photo.png')
  })

  it('has no attach button, and ignores drops and pastes, without onAddFiles', async () => {
    const { form, textarea } = await setup({ onAddFiles: undefined })
    await expect.element(page.getByRole('button', { name: 'Attach files' })).not.toBeInTheDocument()
    const event = new ClipboardEvent('paste', {
      clipboardData: transfer(file('a.png', 1)),
      bubbles: true,
      cancelable: true,
    })
    ;(textarea.element() as HTMLTextAreaElement).dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
    expect(form.getAttribute('aria-disabled')).toBeNull()
  })

  it('lists every rejection with a readable reason, reports them, and lets the user dismiss each', async () => {
    const longName = `${'n'.repeat(1000)}.png`
    const markup = '<img src=x onerror="window.__xss=1">.png'
    const { onAddFiles, onReject, input, container } = await setup({
      accept: 'image/*',
      maxSize: 1024,
      maxFiles: 2,
      attachments: [{ id: '1', name: 'old.png', mimeType: 'image/png', size: 1, state: { status: 'ready' } }],
    })
    const files = [
      file('ok.png', 10),
      file('notes.txt', 10, 'text/plain'),
      file('huge.png', 4096),
      file('empty.png', 0),
      file(longName, 10),
      file(markup, 10, 'text/html'),
      file('extra.png', 10),
    ]
    await userEvent.upload(input, files)
    await expect.poll(() => onReject.mock.calls.length).toBe(1)
    expect(onAddFiles.mock.calls[0]![0].map((f) => f.name)).toEqual(['ok.png'])
    expect(onReject.mock.calls[0]![0].map((r) => r.code)).toEqual([
      'file-invalid-type',
      'file-too-large',
      'file-empty',
      'name-too-long',
      'file-invalid-type',
      'too-many-files',
    ])
    const region = page
      .getByRole('status')
      .filter({ has: page.getByRole('list', { name: 'Files not added' }) })
    await expect
      .element(region.getByText('“notes.txt” is not a supported file type. Accepted: image/*.'))
      .toBeVisible()
    await expect.element(region.getByText('“huge.png” is too large (4 kB). The limit is 1 kB.')).toBeVisible()
    await expect.element(region.getByText('“empty.png” is empty.')).toBeVisible()
    await expect
      .element(region.getByText('“extra.png” was not added: at most 2 files per message.'))
      .toBeVisible()
    const long = region.getByText(/The name of “n+…n+\.png” is too long \(at most 255 characters\)\./)
    await expect.element(long).toBeVisible()
    expect((long.element().textContent ?? '').length).toBeLessThan(120)
    expect(long.element().closest('li')!.getAttribute('title')).toBe(longName)
    await expect
      .element(region.getByText(`“${markup}” is not a supported file type. Accepted: image/*.`))
      .toBeVisible()
    expect(container.querySelector('.acw-rejections img')).toBeNull()
    expect((window as { __xss?: number }).__xss).toBeUndefined()
    expect(await axeViolations(container)).toEqual([])

    await userEvent.click(page.getByRole('button', { name: 'Dismiss the message about empty.png' }))
    await expect.element(region.getByText('“empty.png” is empty.')).not.toBeInTheDocument()
    await expect.element(region.getByText('“huge.png” is too large (4 kB). The limit is 1 kB.')).toBeVisible()
    expect(region.element().querySelectorAll('li')).toHaveLength(5)
  })

  it('uses the app’s rejection messages when given', async () => {
    const { input } = await setup({ maxSize: 1, rejectionMessages: { 'file-too-large': 'Nope, too big.' } })
    await userEvent.upload(input, file('a.png', 10))
    await expect.element(page.getByText('Nope, too big.')).toBeVisible()
  })
})
