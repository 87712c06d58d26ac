import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import {
  AttachmentList,
  createAttachment,
  type AttachmentListProps,
} from '../../../src/components/attachments/index.ts'
import type { Attachment } from '../../../src/store/types.ts'
import { axeViolations } from '../composer/a11y.ts'

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

const attachment = (id: string, state: Attachment['state'], extra: Partial<Attachment> = {}): Attachment => ({
  id,
  name: `${id}.pdf`,
  mimeType: 'application/pdf',
  size: 2048,
  state,
  ...extra,
})

async function show(props: AttachmentListProps) {
  const ui = (next: AttachmentListProps) => (
    <div className="acw-root" data-theme="light" style={{ inlineSize: 320 }}>
      <AttachmentList {...next} />
    </div>
  )
  const result = await render(ui(props))
  return { ...result, update: (next: AttachmentListProps) => result.rerender(ui(next)) }
}

describe('AttachmentList', () => {
  it('shows upload progress as a progressbar with its value', async () => {
    await show({ attachments: [attachment('report', { status: 'uploading', progress: 0.42 })] })
    const bar = page.getByRole('progressbar', { name: 'Uploading report.pdf' })
    await expect.element(bar).toBeVisible()
    expect((bar.element() as HTMLProgressElement).value).toBe(42)
    await expect.element(page.getByText('Uploading, 42%')).toBeVisible()
    expect(document.querySelector('.acw-attachment')!.getAttribute('data-status')).toBe('uploading')
  })

  it('shows a failed upload with its error and a retry button', async () => {
    const onRetry = vi.fn()
    await show({
      attachments: [attachment('report', { status: 'failed', error: 'Server unavailable' })],
      onRetry,
    })
    await expect.element(page.getByText('Upload failed: Server unavailable')).toBeVisible()
    await userEvent.click(page.getByRole('button', { name: 'Retry upload of report.pdf' }))
    expect(onRetry).toHaveBeenCalledWith('report')
  })

  it('removes an attachment by its button, named after the file', async () => {
    const onRemove = vi.fn()
    await show({
      attachments: [attachment('a', { status: 'ready' }), attachment('b', { status: 'ready' })],
      onRemove,
    })
    await userEvent.click(page.getByRole('button', { name: 'Remove b.pdf' }))
    expect(onRemove).toHaveBeenCalledWith('b')
  })

  it('renders file names as text and shortens long ones, with the full name in the title', async () => {
    const name = `<script>alert(1)</script>${'z'.repeat(200)}.pdf`
    const { container } = await show({ attachments: [attachment('x', { status: 'ready' }, { name })] })
    const label = container.querySelector('.acw-attachment__name')!
    expect(label.textContent).toContain('<script>')
    expect(label.textContent.length).toBeLessThanOrEqual(32)
    expect(label.getAttribute('title')).toBe(name)
    expect(container.querySelector('.acw-attachments script')).toBeNull()
  })

  it('previews images from object URLs and revokes them on remove and on unmount', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    const first = {
      ...createAttachment(new File([PNG], 'one.png', { type: 'image/png' }), 'one'),
      state: { status: 'ready' as const },
    }
    const second = {
      ...createAttachment(new File([PNG], 'two.png', { type: 'image/png' }), 'two'),
      state: { status: 'ready' as const },
    }
    expect(first.previewUrl).toMatch(/^blob:/)
    const { update, container, unmount } = await show({ attachments: [first, second] })
    await expect.poll(() => container.querySelectorAll('img').length).toBe(2)
    expect(container.querySelector('img')!.getAttribute('src')).toBe(first.previewUrl)
    expect(container.querySelector('img')!.getAttribute('alt')).toBe('')
    await update({ attachments: [second] })
    expect(revoke).toHaveBeenCalledWith(first.previewUrl)
    expect(revoke).not.toHaveBeenCalledWith(second.previewUrl)
    await unmount()
    await expect.poll(() => revoke.mock.calls.map(([url]) => url)).toContain(second.previewUrl)
    revoke.mockRestore()
  })

  it('keeps previews alive through StrictMode’s development remount', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    const image = createAttachment(new File([PNG], 'one.png', { type: 'image/png' }), 'one')
    const { container } = await render(
      <StrictMode>
        <AttachmentList attachments={[image]} />
      </StrictMode>,
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(revoke).not.toHaveBeenCalled()
    await expect.poll(() => container.querySelector<HTMLImageElement>('img')?.naturalWidth).toBe(1)
    revoke.mockRestore()
  })

  it('keeps previews when revokePreviewUrls is false', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    const image = createAttachment(new File([PNG], 'one.png', { type: 'image/png' }), 'one')
    const { update } = await show({ attachments: [image], revokePreviewUrls: false })
    await update({ attachments: [], revokePreviewUrls: false })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(revoke).not.toHaveBeenCalled()
    revoke.mockRestore()
  })

  it('falls back to a file icon when a preview cannot load', async () => {
    const broken = attachment(
      'pic',
      { status: 'ready' },
      { mimeType: 'image/png', previewUrl: 'blob:http://localhost/gone' },
    )
    const { container } = await show({ attachments: [broken], revokePreviewUrls: false })
    await expect
      .poll(() => container.querySelector('.acw-attachment')!.getAttribute('data-kind'))
      .toBe('file')
    expect(container.querySelector('img')).toBeNull()
  })

  it('renders nothing for an empty list', async () => {
    const { container } = await show({ attachments: [] })
    expect(container.querySelector('.acw-attachments')).toBeNull()
  })

  it('has no axe violations in every state', async () => {
    const { container } = await show({
      attachments: [
        attachment('a', { status: 'pending' }),
        attachment('b', { status: 'uploading', progress: 0.3 }),
        attachment('c', { status: 'ready' }),
        attachment('d', { status: 'failed', error: 'Lost connection' }),
      ],
      onRemove: vi.fn(),
      onRetry: vi.fn(),
    })
    await expect.element(page.getByRole('list', { name: 'Attachments' })).toBeVisible()
    expect(await axeViolations(container)).toEqual([])
  })
})
