import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { ToolCallCard, ToolUsagePanel, type ToolRenderer } from '../src/index.ts'
import {
  calculatorCall,
  failedWeatherCall,
  longResultCall,
  runningSearchCall,
  searchCall,
  weatherCall,
} from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

/**
 * A custom renderer, registered by tool name in `toolRenderers`. It receives the normalized `ToolCall` and may
 * use hooks; other tools keep the default `ToolCallCard`.
 */
const WeatherCard: ToolRenderer = ({ call }) => {
  const result = call.result as
    { location: string; temperature: number; condition: string; humidity: number } | undefined
  return (
    <figure className="acw-tool-card" data-status={call.status} data-tool={call.name} style={{ margin: 0 }}>
      <figcaption className="acw-tool-card__name">Weather</figcaption>
      {result ? (
        <p style={{ margin: '0.25rem 0 0', fontSize: '1.5rem', fontWeight: 600 }}>
          {result.temperature} °C{' '}
          <span style={{ fontSize: '1rem', fontWeight: 400 }}>{result.condition}</span>
        </p>
      ) : (
        <p style={{ margin: '0.25rem 0 0' }}>Looking up the weather…</p>
      )}
      {result && (
        <p style={{ margin: 0, color: 'var(--acw-color-text-muted)' }}>
          {result.location} · humidity {Math.round(result.humidity * 100)} %
        </p>
      )}
    </figure>
  )
}

const meta = {
  title: 'Components/ToolUsagePanel',
  component: ToolUsagePanel,
  subcomponents: { ToolCallCard },
  tags: ['autodocs'],
  args: { toolCalls: [searchCall] },
  parameters: {
    docs: {
      description: {
        component:
          'The tools an assistant message used. Each call is a `ToolCallCard` (name, status as icon and ' +
          'text, duration, error, arguments and result as collapsible JSON) unless `toolRenderers` has a ' +
          'renderer for its name.',
      },
    },
  },
} satisfies Meta<typeof ToolUsagePanel>

export default meta
type Story = StoryObj<typeof meta>

export const Succeeded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // The compact row opens to the arguments and the result.
    await userEvent.click(canvas.getByText('web_search'))
    await userEvent.click(canvas.getByText('Result'))
    await expect(canvas.getByText(/Accessible chat widgets: Guide/)).toBeVisible()
  },
}

export const ToolRunning: Story = {
  args: { toolCalls: [runningSearchCall] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Running')).toBeVisible()
  },
}

export const ToolFailed: Story = {
  args: { toolCalls: [failedWeatherCall] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Failed')).toBeVisible()
    await expect(canvas.getByText('upstream timeout')).toBeVisible()
  },
}

export const SeveralTools: Story = {
  args: { toolCalls: [calculatorCall, searchCall, failedWeatherCall] },
}

export const LongResult: Story = {
  args: { toolCalls: [longResultCall] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByText('Result'))
    await userEvent.click(canvas.getByRole('button', { name: 'Show all' }))
    await expect(canvas.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true')
  },
}

export const CustomToolRenderer: Story = {
  args: { toolCalls: [weatherCall, calculatorCall], toolRenderers: { weather_lookup: WeatherCard } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Weather')).toBeVisible()
    // Tools without a renderer keep the default card.
    await expect(canvas.getByText('calculator')).toBeVisible()
  },
}

export const SingleCard: Story = {
  render: (args) => <ToolCallCard call={calculatorCall} labels={args.labels} />,
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { toolCalls: [calculatorCall, runningSearchCall, failedWeatherCall] },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { toolCalls: [calculatorCall, runningSearchCall, failedWeatherCall] },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { toolCalls: [longResultCall, failedWeatherCall] },
}

export const AllStates: Story = {
  render: (args) => (
    <Grid>
      <Cell label="Succeeded">
        <ToolUsagePanel toolCalls={[calculatorCall]} labels={args.labels} />
      </Cell>
      <Cell label="Tool running">
        <ToolUsagePanel toolCalls={[runningSearchCall]} labels={args.labels} />
      </Cell>
      <Cell label="Tool failed">
        <ToolUsagePanel toolCalls={[failedWeatherCall]} labels={args.labels} />
      </Cell>
      <Cell label="Custom tool renderer">
        <ToolUsagePanel
          toolCalls={[weatherCall]}
          toolRenderers={{ weather_lookup: WeatherCard }}
          labels={args.labels}
        />
      </Cell>
      <Cell label="Long result">
        <ToolUsagePanel toolCalls={[longResultCall]} labels={args.labels} />
      </Cell>
    </Grid>
  ),
}
