import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { Composer, type ComposerProps } from '../../../src/components/composer/index.ts'
import { ar } from '../../../src/components/labels/ar.ts'
import type { Attachment } from '../../../src/store/types.ts'
import { axeViolations } from './a11y.ts'

const attachment = (id: string, state: Attachment['state'], extra: Partial<Attachment> = {}): Attachment => ({
  id,
  name: `${id}.pdf`,
  mimeType: 'application/pdf',
  size: 2048,
  state,
  ...extra,
})

const states: Record<string, Partial<ComposerProps>> = {
  empty: {},
  withText: { defaultValue: 'Hello' },
  nearLimit: { defaultValue: 'x'.repeat(95), maxLength: 100 },
  tooLong: { defaultValue: 'x'.repeat(120), maxLength: 100 },
  rateLimited: { defaultValue: 'Hello', rateLimitedUntil: Date.now() + 60_000 },
  disabled: { defaultValue: 'Hello', disabled: true },
  uploading: { attachments: [attachment('report', { status: 'uploading', progress: 0.42 })] },
  pending: { attachments: [attachment('report', { status: 'pending' })] },
  failedUpload: {
    attachments: [attachment('report', { status: 'failed', error: 'The connection was lost.' })],
  },
  ready: { attachments: [attachment('report', { status: 'ready' })] },
  rightToLeft: { defaultValue: 'مرحبا', labels: ar, dir: 'rtl' },
}

describe('Composer accessibility', () => {
  for (const [name, props] of Object.entries(states)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations: ${name}, ${theme}`, async () => {
        const { container } = await render(
          <div className="acw-root" data-theme={theme} dir={props.dir} style={{ inlineSize: 320 }}>
            <Composer
              onSend={vi.fn()}
              onAddFiles={vi.fn()}
              onRemoveAttachment={vi.fn()}
              onRetryAttachment={vi.fn()}
              {...props}
            />
          </div>,
        )
        await expect.element(page.getByRole('textbox')).toBeInTheDocument()
        expect(await axeViolations(container)).toEqual([])
      })
    }
  }

  it('runs live checks: axe reports a nameless button, and the kit CSS is applied', async () => {
    const { container } = await render(
      <div className="acw-root" data-theme="light">
        <button type="button" />
        <Composer onSend={vi.fn()} defaultValue="Hi" />
      </div>,
    )
    expect((await axeViolations(container)).join()).toContain('button-name')
    const send = page.getByRole('button', { name: 'Send' }).element()
    expect(getComputedStyle(send).backgroundColor).toBe('rgb(41, 82, 204)')
  })

  it('describes why Send is blocked on the Send button', async () => {
    await render(<Composer onSend={vi.fn()} attachments={[attachment('a', { status: 'pending' })]} />)
    const send = page.getByRole('button', { name: 'Send' })
    await expect
      .element(send)
      .toHaveAccessibleDescription('Attachments are still uploading. You can send when they finish.')
  })

  it('is reachable by keyboard: attach, text, send in order', async () => {
    await render(<Composer onSend={vi.fn()} onAddFiles={vi.fn()} defaultValue="Hi" />)
    await userEvent.tab()
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Attach files' }).element())
    await userEvent.tab()
    expect(document.activeElement).toBe(page.getByRole('textbox', { name: 'Message' }).element())
    await userEvent.tab()
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Send' }).element())
  })

  it('reads its texts from the labels', async () => {
    await render(<Composer onSend={vi.fn()} onAddFiles={vi.fn()} labels={ar} />)
    await expect.element(page.getByRole('textbox', { name: 'الرسالة' })).toBeVisible()
    await expect.element(page.getByRole('button', { name: 'إرفاق ملفات' })).toBeVisible()
    await expect.element(page.getByRole('button', { name: 'إرسال' })).toBeVisible()
  })
})
