import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { AttachmentList, RejectionList } from '../src/index.ts'
import {
  failedAttachment,
  longNameAttachment,
  pendingAttachment,
  readyFileAttachment,
  readyImageAttachment,
  rejections,
  uploadingAttachment,
} from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

const meta = {
  title: 'Components/Attachments',
  component: AttachmentList,
  subcomponents: { RejectionList },
  tags: ['autodocs'],
  args: {
    attachments: [readyImageAttachment, readyFileAttachment],
    onRemove: fn(),
    onRetry: fn(),
    // Fixture previews are data URLs, not object URLs: nothing to revoke.
    revokePreviewUrls: false,
  },
  parameters: {
    docs: {
      description: {
        component:
          'The files of a message being written (`AttachmentList`): preview or icon, name, size, upload ' +
          'progress, error with Retry, and Remove. Files that were not added are listed by `RejectionList`, ' +
          'each with a readable reason.',
      },
    },
  },
} satisfies Meta<typeof AttachmentList>

export default meta
type Story = StoryObj<typeof meta>

export const Ready: Story = {}

export const Pending: Story = {
  args: { attachments: [pendingAttachment] },
}

export const UploadInProgress: Story = {
  args: { attachments: [uploadingAttachment, longNameAttachment] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('progressbar', { name: /quarterly-report/ })).toHaveAttribute('value', '42')
    await expect(canvas.getByText(/Uploading, 42%/)).toBeVisible()
  },
}

export const UploadFailed: Story = {
  args: { attachments: [failedAttachment] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Retry upload of contract-scan.pdf' }))
    await expect(args.onRetry).toHaveBeenCalledWith(failedAttachment.id)
    await userEvent.click(canvas.getByRole('button', { name: 'Remove contract-scan.pdf' }))
    await expect(args.onRemove).toHaveBeenCalledWith(failedAttachment.id)
  },
}

export const UploadRejected: Story = {
  render: (args) => <RejectionList rejections={rejections} onDismiss={fn()} labels={args.labels} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByRole('listitem')).toHaveLength(rejections.length)
    await expect(canvas.getByText(/installer\.exe.*is not a supported file type/)).toBeVisible()
  },
}

export const Images: Story = {
  args: { attachments: [readyImageAttachment, { ...readyImageAttachment, id: 'b', name: 'second.svg' }] },
}

export const Disabled: Story = {
  args: { attachments: [readyFileAttachment, failedAttachment], disabled: true },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { attachments: [uploadingAttachment, failedAttachment, readyImageAttachment] },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <>
      <AttachmentList {...args} attachments={[uploadingAttachment, failedAttachment, readyImageAttachment]} />
      <RejectionList rejections={rejections.slice(0, 2)} labels={args.labels} />
    </>
  ),
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  render: (args) => (
    <>
      <AttachmentList {...args} attachments={[longNameAttachment, failedAttachment, readyImageAttachment]} />
      <RejectionList rejections={rejections.slice(0, 2)} labels={args.labels} />
    </>
  ),
}

export const AllStates: Story = {
  render: (args) => (
    <Grid>
      <Cell label="Pending">
        <AttachmentList {...args} attachments={[pendingAttachment]} />
      </Cell>
      <Cell label="Upload in progress">
        <AttachmentList {...args} attachments={[uploadingAttachment]} />
      </Cell>
      <Cell label="Ready (image and file)">
        <AttachmentList {...args} attachments={[readyImageAttachment, readyFileAttachment]} />
      </Cell>
      <Cell label="Upload failed">
        <AttachmentList {...args} attachments={[failedAttachment]} />
      </Cell>
      <Cell label="Upload rejected">
        <RejectionList rejections={rejections} labels={args.labels} />
      </Cell>
    </Grid>
  ),
}
