import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { SessionStatusBadge, WorkingIndicator } from '../src/index.ts'
import { Cell, Grid, narrow } from './kit.tsx'

const meta = {
  title: 'Components/Status',
  component: SessionStatusBadge,
  subcomponents: { WorkingIndicator },
  tags: ['autodocs'],
  args: { status: 'active' },
  argTypes: {
    status: { control: 'select', options: ['active', 'processing', 'idle', 'error', 'archived', undefined] },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`SessionStatusBadge`: a dot and a word for the session (Ready, Working, Idle, Needs attention, ' +
          'Offline), never colour alone. `WorkingIndicator`: "Working… 12 s" while the assistant handles a ' +
          'message, announced once to screen readers.',
      },
    },
  },
} satisfies Meta<typeof SessionStatusBadge>

export default meta
type Story = StoryObj<typeof meta>

export const Ready: Story = {}

export const Working: Story = {
  args: { status: 'active', isWorking: true },
}

export const Processing: Story = {
  args: { status: 'processing' },
}

export const Idle: Story = {
  args: { status: 'idle' },
}

export const NeedsAttention: Story = {
  args: { status: 'error' },
}

export const Offline: Story = {
  args: { status: 'active', connection: 'offline' },
}

export const Connecting: Story = {
  args: { status: undefined },
}

export const UnknownServerState: Story = {
  args: { status: 'archived' },
}

export const WorkingIndicatorWithTime: Story = {
  loaders: [() => ({ since: Date.now() - 12_000 })],
  render: (args, { loaded }) => (
    <WorkingIndicator since={(loaded as { since: number }).since} labels={args.labels} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Working… 1\d s/)).toBeVisible()
    // Announced once, a moment after mounting.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Assistant is working'))
  },
}

export const WorkingIndicatorWithoutTime: Story = {
  render: (args) => <WorkingIndicator labels={args.labels} />,
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <SessionStatusBadge {...args} isWorking />
      <WorkingIndicator since={Date.now() - 5000} labels={args.labels} />
    </div>
  ),
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <SessionStatusBadge {...args} status="active" />
      <SessionStatusBadge {...args} status="processing" />
      <SessionStatusBadge {...args} status="error" />
      <SessionStatusBadge {...args} connection="offline" />
      <WorkingIndicator labels={args.labels} />
    </div>
  ),
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <SessionStatusBadge {...args} isWorking />
      <WorkingIndicator since={Date.now() - 3000} labels={args.labels} />
    </div>
  ),
}

export const AllStates: Story = {
  render: (args) => (
    <Grid>
      <Cell label="Ready">
        <SessionStatusBadge labels={args.labels} status="active" />
      </Cell>
      <Cell label="Working">
        <SessionStatusBadge labels={args.labels} status="active" isWorking />
      </Cell>
      <Cell label="Idle">
        <SessionStatusBadge labels={args.labels} status="idle" />
      </Cell>
      <Cell label="Needs attention">
        <SessionStatusBadge labels={args.labels} status="error" />
      </Cell>
      <Cell label="Offline">
        <SessionStatusBadge labels={args.labels} status="active" connection="offline" />
      </Cell>
      <Cell label="Connecting">
        <SessionStatusBadge labels={args.labels} status={undefined} />
      </Cell>
      <Cell label="Unknown server state">
        <SessionStatusBadge labels={args.labels} status="archived" />
      </Cell>
      <Cell label="Working indicator">
        <WorkingIndicator labels={args.labels} />
      </Cell>
    </Grid>
  ),
}
