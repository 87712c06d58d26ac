import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import {
  Thread,
  WorkingIndicator,
  type ChatLabels,
  type ThreadProps,
  type ToolRenderer,
} from '../src/index.ts'
import {
  NOW,
  arabicConversation,
  assistantMessage,
  calculatorCall,
  conversation,
  failedServerError,
  failedWeatherCall,
  imageReply,
  imagesMessage,
  longHistory,
  queued,
  rateLimitedDelivery,
  runningSearchCall,
  searchCall,
  sending,
  userMessage,
  weatherCall,
} from './fixtures.ts'
import { Cell, Grid, framed, narrow } from './kit.tsx'

/** A custom renderer for the `weather_lookup` tool: a compact weather card instead of JSON. */
const WeatherCard: ToolRenderer = ({ call }) => {
  const result = call.result as { location?: string; temperature?: number; condition?: string } | undefined
  return (
    <div className="acw-tool-card" data-status={call.status} data-tool={call.name}>
      <div className="acw-tool-card__header">
        <span className="acw-tool-card__name">
          {result ? `${result.location}: ${result.temperature} °C, ${result.condition}` : 'Weather'}
        </span>
      </div>
    </div>
  )
}

/** The thread with the toolbar locale's catalog handed on to its messages too (as `ChatWidget` does). */
function LocalizedThread(args: ThreadProps) {
  const labels = args.labels as ChatLabels | undefined
  const messageProps = labels ? { labels, locale: labels.locale, ...args.messageProps } : args.messageProps
  return <Thread {...args} messageProps={messageProps} />
}

const meta = {
  title: 'Components/Thread',
  component: Thread,
  tags: ['autodocs'],
  render: LocalizedThread,
  decorators: [framed],
  args: { messages: conversation },
  parameters: {
    docs: {
      description: {
        component:
          'The conversation log: virtualized, follows new messages only while the reader is at the bottom, ' +
          'loads older messages near the top, and announces finished replies politely. It scrolls itself, so ' +
          'give it a height (here a 520 px frame).',
      },
    },
  },
} satisfies Meta<typeof Thread>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Empty: Story = {
  args: { messages: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('log')).toBeVisible()
    await expect(canvas.getByText('How can I help?')).toBeVisible()
  },
}

export const LoadingHistory: Story = {
  args: { messages: conversation.slice(2), hasOlder: true, isLoadingOlder: true, onLoadOlder: fn() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading earlier messages…')).toBeVisible()
  },
}

const history = longHistory(500)

export const LongHistory: Story = {
  args: { messages: history, hasOlder: true, onLoadOlder: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // It opens at the bottom: the last question is in view.
    await expect(await canvas.findByText(history.at(-2)!.text)).toBeVisible()
    // Virtualized: only the rows near the bottom are in the DOM.
    await expect(canvasElement.querySelectorAll('.acw-thread__row').length).toBeLessThan(60)
  },
}

export const Sending: Story = {
  args: {
    messages: [...conversation, userMessage('Can it also show tool calls?', { delivery: sending })],
    isWorking: true,
    footer: <WorkingIndicator since={NOW - 3000} />,
  },
}

export const FailedWithRetry: Story = {
  args: {
    messages: [...conversation, userMessage('Can it also show tool calls?', { delivery: failedServerError })],
    messageProps: { onRetry: fn(), onDiscard: fn() },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(args.messageProps?.onRetry).toHaveBeenCalledOnce()
  },
}

export const QueuedBehindAnotherSend: Story = {
  args: {
    messages: [
      ...conversation,
      userMessage('First question, being sent.', { delivery: sending }),
      userMessage('A second one, waiting its turn.', { delivery: queued }),
    ],
    isWorking: true,
    footer: <WorkingIndicator since={NOW - 1000} />,
  },
}

export const RateLimited: Story = {
  args: {
    messages: [...conversation, userMessage('Are you still there?', { delivery: rateLimitedDelivery })],
    isWorking: true,
  },
}

export const ToolRunning: Story = {
  args: {
    messages: [
      userMessage('search WCAG 2.2 focus appearance', { minutes: 1 }),
      assistantMessage('', { toolCalls: [runningSearchCall] }),
    ],
    isWorking: true,
    footer: <WorkingIndicator since={NOW - 4000} />,
  },
}

export const ToolFailed: Story = {
  args: {
    messages: [
      userMessage('What is the weather in Berlin?'),
      assistantMessage("I couldn't get the weather: the `weather_lookup` tool failed (upstream timeout).", {
        toolCalls: [failedWeatherCall],
      }),
    ],
  },
}

export const CustomToolRenderer: Story = {
  args: {
    messages: [
      userMessage('Weather in Lisbon, and what is (2 + 3) * 4?'),
      assistantMessage('It is sunny in Lisbon, and **(2 + 3) * 4 = 20**.', {
        toolCalls: [weatherCall, calculatorCall],
      }),
    ],
    messageProps: { toolRenderers: { weather_lookup: WeatherCard } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Lisbon: 21 °C, Sunny')).toBeVisible()
  },
}

export const MarkdownAndCode: Story = {
  args: {
    messages: [
      userMessage('search accessible chat widgets'),
      assistantMessage(
        'Here is what I found for **accessible chat widgets**:\n\n1. [Overview](https://example.com/overview)\n2. [Guide](https://example.com/guide)\n\n```tsx\n<ChatWidget clientOptions={{ baseUrl: "/api" }} agentKey="support" />\n```',
        { toolCalls: [searchCall] },
      ),
    ],
  },
}

export const Images: Story = {
  args: { messages: [imagesMessage, imageReply] },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { messages: arabicConversation, isWorking: true },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: {
    messages: [
      ...conversation,
      userMessage('And the weather?'),
      assistantMessage('The lookup failed.', { toolCalls: [failedWeatherCall] }),
      userMessage('Try again please', { delivery: failedServerError }),
    ],
    messageProps: { onRetry: fn(), onDiscard: fn() },
  },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { messages: [...conversation, imagesMessage] },
}

export const AllStates: Story = {
  parameters: { frame: false },
  render: (args) => (
    <Grid>
      <Cell label="Empty">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread labels={args.labels} messages={[]} />
        </div>
      </Cell>
      <Cell label="Loading history">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread labels={args.labels} messages={conversation.slice(2)} hasOlder isLoadingOlder />
        </div>
      </Cell>
      <Cell label="Sending">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread
            labels={args.labels}
            messages={[userMessage('Can it also show tool calls?', { delivery: sending })]}
            isWorking
            footer={<WorkingIndicator since={NOW - 3000} />}
          />
        </div>
      </Cell>
      <Cell label="Failed with retry">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread
            labels={args.labels}
            messages={[userMessage('Can it also show tool calls?', { delivery: failedServerError })]}
            messageProps={{ onRetry: () => {}, onDiscard: () => {} }}
          />
        </div>
      </Cell>
      <Cell label="Queued behind another send">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread
            labels={args.labels}
            messages={[
              userMessage('First question.', { delivery: sending }),
              userMessage('Second question.', { delivery: queued }),
            ]}
            isWorking
          />
        </div>
      </Cell>
      <Cell label="Tool running">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread
            labels={args.labels}
            messages={[assistantMessage('', { toolCalls: [runningSearchCall] })]}
            isWorking
          />
        </div>
      </Cell>
      <Cell label="Tool failed">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread
            labels={args.labels}
            messages={[assistantMessage('The lookup failed.', { toolCalls: [failedWeatherCall] })]}
          />
        </div>
      </Cell>
      <Cell label="Images">
        <div className="sb-frame sb-frame--small">
          <LocalizedThread labels={args.labels} messages={[imagesMessage]} />
        </div>
      </Cell>
    </Grid>
  ),
}
