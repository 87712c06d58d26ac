import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Message, type ToolRenderer } from '../src/index.ts'
import {
  MARKDOWN_TEXT,
  arabicConversation,
  assistantMessage,
  calculatorCall,
  checkingDelivery,
  failedContentPolicy,
  failedServerError,
  failedWeatherCall,
  imageReply,
  imagesMessage,
  longResultCall,
  queued,
  rateLimitedDelivery,
  runningSearchCall,
  searchCall,
  sending,
  sent,
  userMessage,
  weatherCall,
} from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

/** A custom renderer for `weather_lookup`: a small weather card instead of JSON. */
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

const question = 'Can you summarize the Q3 report?'

const meta = {
  title: 'Components/Message',
  component: Message,
  tags: ['autodocs'],
  args: { message: userMessage(question, { delivery: sent }), onRetry: fn(), onDiscard: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'One message. The user’s text is plain text; the assistant’s is safe markdown with its tool calls. ' +
          'Messages sent from this page show their delivery state; a failed one offers Retry and Discard.',
      },
    },
  },
} satisfies Meta<typeof Message>

export default meta
type Story = StoryObj<typeof meta>

export const UserSent: Story = {}

export const FromHistory: Story = {
  args: { message: userMessage(question) },
}

export const Sending: Story = {
  args: { message: userMessage(question, { delivery: sending }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Sending…')).toBeVisible()
  },
}

export const QueuedBehindAnotherSend: Story = {
  args: { message: userMessage('A second question, waiting its turn.', { delivery: queued }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Queued')).toBeVisible()
  },
}

export const RateLimited: Story = {
  args: { message: userMessage('Are you still there?', { delivery: rateLimitedDelivery }) },
}

export const CheckingDelivery: Story = {
  args: { message: userMessage(question, { delivery: checkingDelivery }) },
}

export const FailedWithRetry: Story = {
  args: { message: userMessage(question, { delivery: failedServerError }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Not sent')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(args.onRetry).toHaveBeenCalledWith(args.message.key)
    await userEvent.click(canvas.getByRole('button', { name: 'Discard' }))
    await expect(args.onDiscard).toHaveBeenCalledWith(args.message.key)
  },
}

export const ContentPolicy: Story = {
  args: { message: userMessage('Something the policy blocks', { delivery: failedContentPolicy }) },
}

export const MessageDetails: Story = {
  args: { message: userMessage(question, { delivery: sent }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Message details' }))
    await expect(canvas.getByText('Reference ID')).toBeVisible()
  },
}

export const MarkdownAndCode: Story = {
  args: { message: assistantMessage(MARKDOWN_TEXT) },
}

export const ToolRunning: Story = {
  args: { message: assistantMessage('', { toolCalls: [runningSearchCall] }) },
}

export const ToolSucceeded: Story = {
  args: {
    message: assistantMessage('Here is what I found for **accessible chat widgets**.', {
      toolCalls: [searchCall, calculatorCall],
    }),
  },
}

export const ToolFailed: Story = {
  args: {
    message: assistantMessage("I couldn't get the weather: the `weather_lookup` tool failed.", {
      toolCalls: [failedWeatherCall],
    }),
  },
}

export const LongToolResult: Story = {
  args: { message: assistantMessage('Your 25 largest customers by seats.', { toolCalls: [longResultCall] }) },
}

export const CustomToolRenderer: Story = {
  args: {
    message: assistantMessage('It is sunny in Lisbon.', { toolCalls: [weatherCall] }),
    toolRenderers: { weather_lookup: WeatherCard },
  },
}

export const Images: Story = {
  args: { message: imagesMessage },
}

export const ImageInReply: Story = {
  args: { message: imageReply },
}

export const ImagesNotAllowed: Story = {
  args: { message: imageReply, allowImages: false },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { message: arabicConversation[1]!, locale: 'ar' },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { message: userMessage(question, { delivery: failedServerError }) },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { message: assistantMessage(MARKDOWN_TEXT, { toolCalls: [calculatorCall] }) },
}

export const AllStates: Story = {
  render: (args) => (
    <Grid>
      <Cell label="Sent">
        <Message message={userMessage(question, { delivery: sent })} labels={args.labels} />
      </Cell>
      <Cell label="Sending">
        <Message message={userMessage(question, { delivery: sending })} labels={args.labels} />
      </Cell>
      <Cell label="Queued">
        <Message message={userMessage(question, { delivery: queued })} labels={args.labels} />
      </Cell>
      <Cell label="Checking delivery">
        <Message message={userMessage(question, { delivery: checkingDelivery })} labels={args.labels} />
      </Cell>
      <Cell label="Failed with retry">
        <Message
          message={userMessage(question, { delivery: failedServerError })}
          labels={args.labels}
          onRetry={args.onRetry}
          onDiscard={args.onDiscard}
        />
      </Cell>
      <Cell label="Tool running">
        <Message message={assistantMessage('', { toolCalls: [runningSearchCall] })} labels={args.labels} />
      </Cell>
      <Cell label="Tool failed">
        <Message
          message={assistantMessage('The lookup failed.', { toolCalls: [failedWeatherCall] })}
          labels={args.labels}
        />
      </Cell>
      <Cell label="Markdown and code">
        <Message message={assistantMessage(MARKDOWN_TEXT)} labels={args.labels} />
      </Cell>
      <Cell label="Images">
        <Message message={imagesMessage} labels={args.labels} />
      </Cell>
    </Grid>
  ),
}
