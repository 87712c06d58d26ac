import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ErrorBanner, RUNTIME_ERROR_CODES } from '../src/index.ts'
import { errorInfo } from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  tags: ['autodocs'],
  args: {
    error: errorInfo('server_error'),
    onRetry: fn(),
    onStartNew: fn(),
    onEdit: fn(),
    onDismiss: fn(),
    onCopyReference: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'One presentation per error code: a title, what happens next, the actions that make sense and a ' +
          'copyable reference. An action shows only when its callback is passed. While the kit still ' +
          'recovers on its own (`recovering`), network, server and timeout errors say so and offer no Retry.',
      },
    },
  },
} satisfies Meta<typeof ErrorBanner>

export default meta
type Story = StoryObj<typeof meta>

export const ServerError: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('The service is having trouble')
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(args.onRetry).toHaveBeenCalledOnce()
  },
}

export const ServerErrorRecovering: Story = {
  args: { recovering: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Reconnecting…')).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull()
  },
}

export const RateLimited: Story = {
  args: { error: errorInfo('rate_limited', { retryAfterMs: 30_000 }) },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Retrying in \d+ s/)).toBeVisible()
  },
}

export const SessionNotFound: Story = {
  args: { error: errorInfo('session_not_found') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('This conversation has ended')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Start new conversation' }))
    await expect(args.onStartNew).toHaveBeenCalledOnce()
  },
}

export const ContentPolicy: Story = {
  args: { error: errorInfo('content_policy') },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }))
    await expect(args.onEdit).toHaveBeenCalledOnce()
  },
}

export const ContentPolicyWithReason: Story = {
  args: {
    error: errorInfo('content_policy', {
      details: { reason: 'The message asks for personal data about another person.' },
    }),
  },
}

export const ToolFailure: Story = {
  args: { error: errorInfo('tool_failure', { details: { tool: 'weather_lookup' } }) },
}

export const Timeout: Story = {
  args: { error: errorInfo('timeout') },
}

export const TimeoutRecovering: Story = {
  args: { error: errorInfo('timeout'), recovering: true },
}

export const Network: Story = {
  args: { error: errorInfo('network') },
}

export const NetworkRecovering: Story = {
  args: { error: errorInfo('network'), recovering: true },
}

export const Unauthorized: Story = {
  args: { error: errorInfo('unauthorized') },
}

export const Forbidden: Story = {
  args: { error: errorInfo('forbidden') },
}

export const InvalidRequest: Story = {
  args: { error: errorInfo('invalid_request') },
}

export const PayloadTooLarge: Story = {
  args: { error: errorInfo('payload_too_large') },
}

export const Aborted: Story = {
  args: { error: errorInfo('aborted') },
}

export const InvalidResponse: Story = {
  args: { error: errorInfo('invalid_response') },
}

export const WithoutReference: Story = {
  args: { error: { ...errorInfo('network'), correlationId: undefined } },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { error: errorInfo('rate_limited', { retryAfterMs: 30_000 }) },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ErrorBanner {...args} error={errorInfo('server_error')} />
      <ErrorBanner {...args} error={errorInfo('rate_limited', { retryAfterMs: 30_000 })} />
      <ErrorBanner {...args} error={errorInfo('aborted')} />
    </div>
  ),
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { error: errorInfo('content_policy') },
}

/** Every code, as the user sees it once the kit has given up recovering on its own. */
export const AllStates: Story = {
  render: (args) => (
    <Grid>
      {RUNTIME_ERROR_CODES.map((code) => (
        <Cell key={code} label={code}>
          <ErrorBanner
            {...args}
            error={errorInfo(code, code === 'rate_limited' ? { retryAfterMs: 30_000 } : {})}
          />
        </Cell>
      ))}
      {(['network', 'server_error', 'timeout'] as const).map((code) => (
        <Cell key={`${code}-recovering`} label={`${code} (recovering)`}>
          <ErrorBanner {...args} error={errorInfo(code)} recovering />
        </Cell>
      ))}
    </Grid>
  ),
}
