import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Composer, createAttachment, type Attachment, type ComposerProps } from '../src/index.ts'
import {
  fakeFile,
  failedAttachment,
  readyFileAttachment,
  readyImageAttachment,
  uploadingAttachment,
} from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

const ACCEPT = ['image/*', 'application/pdf', 'text/plain']
const MAX_SIZE = 10 * 1024 * 1024

/** The composer with attachments it owns: added files "upload" in about a second, and can be removed. */
function ComposerWithUploads(props: ComposerProps) {
  const [attachments, setAttachments] = useState<readonly Attachment[]>(props.attachments ?? [])
  useEffect(() => {
    if (!attachments.some((attachment) => attachment.state.status === 'uploading')) return
    const timer = setTimeout(() => {
      setAttachments((list) =>
        list.map((item): Attachment => {
          if (item.state.status !== 'uploading') return item
          const progress = item.state.progress + 0.25
          return progress >= 1
            ? { ...item, state: { status: 'ready' } }
            : { ...item, state: { status: 'uploading', progress } }
        }),
      )
    }, 250)
    return () => clearTimeout(timer)
  }, [attachments])
  return (
    <Composer
      {...props}
      attachments={attachments}
      onAddFiles={(files) => {
        props.onAddFiles?.(files)
        const added = files.map((file) => createAttachment(file))
        setAttachments((list) => [
          ...list,
          ...added.map((item): Attachment => ({ ...item, state: { status: 'uploading', progress: 0 } })),
        ])
      }}
      onRemoveAttachment={(id) => {
        props.onRemoveAttachment?.(id)
        setAttachments((list) => list.filter((item) => item.id !== id))
      }}
      onSend={(message) => {
        props.onSend(message)
        setAttachments([])
      }}
    />
  )
}

const meta = {
  title: 'Components/Composer',
  component: Composer,
  tags: ['autodocs'],
  args: {
    onSend: fn(),
    onValueChange: fn(),
    onAddFiles: fn(),
    onRemoveAttachment: fn(),
    onRetryAttachment: fn(),
    accept: ACCEPT,
    maxSize: MAX_SIZE,
    maxFiles: 5,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The message box. Enter sends and Shift+Enter adds a line (safe during IME composition); files ' +
          'come by drop, paste or the attach button and are checked before anything is uploaded; the ' +
          'character limit never truncates; a rate limit shows a countdown and blocks Send.',
      },
    },
  },
} satisfies Meta<typeof Composer>

export default meta
type Story = StoryObj<typeof meta>

export const Empty: Story = {}

export const SendWithEnter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: 'Message' })
    await userEvent.type(input, 'First line{Shift>}{Enter}{/Shift}second line')
    await expect(input).toHaveValue('First line\nsecond line')
    await userEvent.keyboard('{Enter}')
    await expect(args.onSend).toHaveBeenCalledWith({ text: 'First line\nsecond line', attachments: [] })
    await expect(input).toHaveValue('')
    await expect(input).toHaveFocus()
  },
}

export const WithDraft: Story = {
  args: { defaultValue: 'A draft kept from the last visit' },
}

export const NearTheLimit: Story = {
  args: { defaultValue: 'x'.repeat(185), maxLength: 200 },
}

export const TooLong: Story = {
  args: { defaultValue: 'This message is far too long. '.repeat(8), maxLength: 200 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(/too long to send/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(args.onSend).not.toHaveBeenCalled()
  },
}

export const RateLimited: Story = {
  loaders: [() => ({ until: Date.now() + 45_000 })],
  render: (args, { loaded }) => <Composer {...args} rateLimitedUntil={(loaded as { until: number }).until} />,
  args: { defaultValue: 'Are you still there?' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Send available in \d+ s/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(args.onSend).not.toHaveBeenCalled()
  },
}

export const UploadInProgress: Story = {
  args: { defaultValue: 'Here is the report', attachments: [uploadingAttachment, readyImageAttachment] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/still uploading/)).toBeVisible()
  },
}

export const UploadFailed: Story = {
  args: { attachments: [failedAttachment, readyFileAttachment] },
}

export const AttachAndRemove: Story = {
  render: (args) => <ComposerWithUploads {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!
    await userEvent.upload(input, new File(['hello'], 'notes.txt', { type: 'text/plain' }))
    await expect(args.onAddFiles).toHaveBeenCalledOnce()
    await expect(await canvas.findByText('notes.txt')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Remove notes.txt' }))
    await expect(canvas.queryByText('notes.txt')).toBeNull()
  },
}

export const UploadRejected: Story = {
  render: (args) => <ComposerWithUploads {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!
    // Bypass the input's accept filter, as a drop would.
    const user = userEvent.setup({ applyAccept: false })
    await user.upload(input, [
      fakeFile('installer.exe', 'application/x-msdownload', 52_000),
      fakeFile('holiday-photo.png', 'image/png', 48_000_000),
      fakeFile('empty.txt', 'text/plain', 0),
    ])
    await expect(args.onAddFiles).not.toHaveBeenCalled()
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3))
    await expect(canvas.getByText(/is not a supported file type/)).toBeVisible()
    await expect(canvas.getByText(/is too large/)).toBeVisible()
    await expect(canvas.getByText(/is empty/)).toBeVisible()
  },
}

export const Disabled: Story = {
  args: { disabled: true },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { defaultValue: 'مرحبًا، لدي سؤال', attachments: [uploadingAttachment] },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: 'Here is the report', attachments: [uploadingAttachment, failedAttachment] },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { defaultValue: 'Here is the report', attachments: [readyImageAttachment, uploadingAttachment] },
}

export const AllStates: Story = {
  loaders: [() => ({ until: Date.now() + 45_000 })],
  render: (args, { loaded }) => {
    const common = { onSend: args.onSend, labels: args.labels, onRemoveAttachment: args.onRemoveAttachment }
    return (
      <Grid>
        <Cell label="Empty">
          <Composer {...common} />
        </Cell>
        <Cell label="Near the limit">
          <Composer {...common} defaultValue={'x'.repeat(185)} maxLength={200} />
        </Cell>
        <Cell label="Too long">
          <Composer {...common} defaultValue={'Far too long. '.repeat(16)} maxLength={200} />
        </Cell>
        <Cell label="Rate limited with countdown">
          <Composer {...common} rateLimitedUntil={(loaded as { until: number }).until} />
        </Cell>
        <Cell label="Upload in progress">
          <Composer {...common} attachments={[uploadingAttachment]} />
        </Cell>
        <Cell label="Upload failed">
          <Composer {...common} attachments={[failedAttachment]} onRetryAttachment={args.onRetryAttachment} />
        </Cell>
        <Cell label="Disabled">
          <Composer {...common} disabled />
        </Cell>
      </Grid>
    )
  },
}
