import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ChatWidget, type ChatWidgetProps, type ToolRenderer, type UploadAdapter } from '../src/index.ts'
import { locales } from '../src/locales.ts'
import { fakeFile, seedArabic, seedConversation, seedImages, seedTools } from './fixtures.ts'
import { BASE_URL, Cell, Grid, connected, connectedLoader, narrow, type RuntimeParameters } from './kit.tsx'

type Theme = NonNullable<ChatWidgetProps['theme']>

/** The widget as an integrator renders it, with the toolbar's theme and locale unless the story sets them. */
function renderWidget(args: ChatWidgetProps, context: Pick<StoryContext, 'globals' | 'loaded'>) {
  const { queryClient } = connected(context)
  return (
    <ChatWidget
      theme={context.globals.theme as Theme}
      locale={context.globals.locale as string}
      locales={locales}
      {...args}
      queryClient={queryClient}
    />
  )
}

/** A custom renderer for the reference agent's `calculator` tool. */
const CalculatorCard: ToolRenderer = ({ call }) => {
  const { expression } = call.args as { expression?: string }
  return (
    <div className="acw-tool-card" data-status={call.status} data-tool={call.name}>
      <span className="acw-tool-card__name">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" style={{ marginInlineEnd: 6 }}>
          <rect
            x="3"
            y="1.5"
            width="10"
            height="13"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
          <path
            d="M5.5 4.5h5M5.5 8h.01M8 8h.01M10.5 8h.01M5.5 11h.01M8 11h.01M10.5 11h.01"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        Calculator
      </span>
      <p style={{ margin: '0.25rem 0 0', fontFamily: 'var(--acw-font-family-mono)', fontSize: '1.25rem' }}>
        {expression} = {typeof call.result === 'number' ? call.result : '…'}
      </p>
    </div>
  )
}

/** An upload adapter that reports 40 % and never finishes, to hold the "uploading" state. */
const stalledUpload: UploadAdapter = {
  upload: (_file, { onProgress }) => {
    onProgress(0.4)
    return new Promise(() => {})
  },
}

/** Types a message into the composer and sends it with Enter. */
async function send(canvasElement: HTMLElement, text: string) {
  const input = await within(canvasElement).findByRole('textbox', { name: 'Message' })
  await waitFor(() => expect(input).toBeEnabled())
  await userEvent.type(input, text)
  await userEvent.keyboard('{Enter}')
}

/** The composer's hidden file input (the attach button opens it). */
const fileInput = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!

const runtime = (options: RuntimeParameters) => ({ runtime: options })

const meta = {
  title: 'Connected/ChatWidget',
  component: ChatWidget,
  tags: ['autodocs'],
  loaders: [connectedLoader],
  render: renderWidget,
  args: {
    clientOptions: { baseUrl: BASE_URL },
    agentKey: 'support_agent',
    storage: false,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: { control: 'inline-radio', options: ['en', 'de', 'ar'] },
  },
  parameters: {
    kit: { connected: true },
    docs: {
      description: {
        component:
          'The whole chat, connected, talking to the **reference runtime** through MSW: no backend and no ' +
          'API key. Type in any story; the runtime’s chat commands trigger each fault: `/fail 429 [s]`, ' +
          '`/fail 500`, `/fail 404`, `/fail policy`, `/fail tool`, `/fail timeout`, `/slow <ms>`. Try ' +
          '“hello”, “calculate (2 + 3) * 4”, “search accessible chat widgets”, “weather in Berlin” or “long”.',
      },
      story: { inline: false, height: '640px' },
    },
  },
} satisfies Meta<typeof ChatWidget>

export default meta
type Story = StoryObj<typeof meta>

// ── States ────────────────────────────────────────────────────────────────────────────────────────────

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('How can I help?')).toBeVisible()
    // Status shows only when it says something: a ready chat has a usable composer and no badge.
    await expect(await canvas.findByRole('textbox', {}, { timeout: 5000 })).toBeEnabled()
    await expect(canvas.queryByText('Ready')).toBeNull()
  },
}

export const LoadingHistory: Story = {
  args: { agentKey: undefined, sessionId: 'seeded' },
  parameters: runtime({
    sessions: [{ id: 'seeded', history: seedConversation }],
    readLatencyMs: 10 * 60_000,
  }),
  play: async ({ canvasElement }) => {
    // The first page of history is loading: no empty state yet.
    await expect(within(canvasElement).queryByText('How can I help?')).toBeNull()
    await expect(canvasElement.querySelector('[aria-busy="true"]')).not.toBeNull()
  },
}

export const LongHistory: Story = {
  args: { agentKey: undefined, sessionId: 'long' },
  parameters: runtime({ sessions: [{ id: 'long', history: 500 }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(/Message 499: tell me about/, {}, { timeout: 5000 })).toBeVisible()
  },
}

export const Sending: Story = {
  parameters: runtime({ latencyMs: 10 * 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, 'Can you summarize the Q3 report?')
    await expect(await canvas.findByText('Sending…')).toBeVisible()
    await expect(canvasElement.querySelector('.acw-working')).not.toBeNull()
  },
}

export const FailedWithRetry: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement)
    // Four 500s in a row: the kit retries on its own with backoff, then leaves it to the user.
    connected(context).runtime.inject({ kind: 'server_error', status: 500 }, { times: 4 })
    await send(canvasElement, 'calculate 6 * 7')
    await expect(await canvas.findByText('Not sent', {}, { timeout: 20_000 })).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent('The service is having trouble')
  },
}

export const QueuedBehindAnotherSend: Story = {
  parameters: runtime({ latencyMs: 10 * 60_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, 'First question, being sent.')
    await canvas.findByText('Sending…')
    await send(canvasElement, 'A second one, waiting its turn.')
    await expect(await canvas.findByText('Queued')).toBeVisible()
  },
}

export const RateLimited: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, '/fail 429 60 Are you still there?')
    await expect(await canvas.findByText('Too many requests.', {}, { timeout: 5000 })).toBeVisible()
    await expect(await canvas.findByText(/Retrying in \d+ s/)).toBeVisible()
    await expect(await canvas.findByText(/Send available in \d+ s/)).toBeVisible()
  },
}

export const SessionNotFound: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, '/fail 404 Hello?')
    await expect(await canvas.findByText('This conversation has ended', {}, { timeout: 5000 })).toBeVisible()
    await expect(canvas.getAllByRole('button', { name: 'Start new conversation' }).length).toBeGreaterThan(0)
  },
}

export const ContentPolicy: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, '/fail policy Tell me something you must not say')
    await expect(await canvas.findByText('This message can’t be sent', {}, { timeout: 5000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Edit message' })).toBeVisible()
  },
}

export const ToolRunning: Story = {
  args: { agentKey: undefined, sessionId: 'tools' },
  parameters: runtime({ sessions: [{ id: 'tools', history: seedTools }] }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Running', {}, { timeout: 5000 })).toBeVisible()
  },
}

export const ToolFailed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, 'What is the weather in Berlin?')
    const card = await canvas.findByText(
      'weather_lookup',
      { selector: '.acw-tool-card__name' },
      { timeout: 5000 },
    )
    await expect(card.closest('.acw-tool-card')).toHaveAttribute('data-status', 'failed')
    await expect(canvas.getByText('Failed')).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent('A tool failed: weather_lookup')
  },
}

export const CustomToolRenderer: Story = {
  args: { toolRenderers: { calculator: CalculatorCard } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await send(canvasElement, 'calculate (2 + 3) * 4')
    const card = await canvas.findByText('Calculator', {}, { timeout: 5000 })
    await expect(card.closest('.acw-tool-card')).toHaveTextContent('(2 + 3) * 4 = 20')
  },
}

export const UploadInProgress: Story = {
  args: { uploads: { adapter: stalledUpload } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.upload(fileInput(canvasElement), fakeFile('q3-report.pdf', 'application/pdf', 2_400_000))
    await expect(await canvas.findByRole('progressbar', { name: /q3-report\.pdf/ })).toBeVisible()
  },
}

export const UploadRejected: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const user = userEvent.setup({ applyAccept: false })
    await user.upload(fileInput(canvasElement), [
      fakeFile('installer.exe', 'application/x-msdownload', 52_000),
      fakeFile('holiday-photo.png', 'image/png', 48_000_000),
    ])
    await expect(await canvas.findByText(/installer\.exe.*is not a supported file type/)).toBeVisible()
    await expect(canvas.getByText(/holiday-photo\.png.*is too large/)).toBeVisible()
  },
}

export const MarkdownAndCode: Story = {
  args: { agentKey: undefined, sessionId: 'conversation' },
  parameters: runtime({ sessions: [{ id: 'conversation', history: seedConversation }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Setting up the client' })).toBeVisible()
  },
}

export const Images: Story = {
  args: { agentKey: undefined, sessionId: 'images' },
  parameters: runtime({ sessions: [{ id: 'images', history: seedImages }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('img', { name: 'landscape.svg' })).toBeVisible()
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { agentKey: undefined, sessionId: 'arabic' },
  parameters: runtime({ sessions: [{ id: 'arabic', history: seedArabic }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'الخطوات' }, { timeout: 5000 })).toBeVisible()
    await expect(canvasElement.querySelector('.acw-widget')).toHaveAttribute('dir', 'rtl')
  },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { agentKey: undefined, sessionId: 'tools' },
  parameters: runtime({ sessions: [{ id: 'tools', history: seedTools }] }),
  play: async ({ canvasElement }) => {
    // Let the history load, so the accessibility check sees the tool cards in the dark theme.
    await expect(await within(canvasElement).findByText('Running', {}, { timeout: 5000 })).toBeVisible()
  },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  globals: { viewport: { value: 'phone375', isRotated: false } },
  args: { agentKey: undefined, sessionId: 'conversation' },
  parameters: runtime({ sessions: [{ id: 'conversation', history: seedConversation }] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Setting up the client' })).toBeVisible()
  },
}

/** Several widgets on one runtime, one session each. */
export const AllStates: Story = {
  parameters: runtime({
    sessions: [
      { id: 'conversation', history: seedConversation },
      { id: 'tools', history: seedTools },
      { id: 'images', history: seedImages },
      { id: 'arabic', history: seedArabic },
    ],
  }),
  render: (args, context) => {
    const { queryClient } = connected(context)
    const common = { ...args, agentKey: undefined, locales, queryClient }
    return (
      <div style={{ overflow: 'auto', padding: '1rem' }}>
        <Grid>
          <Cell label="Empty">
            <div style={{ blockSize: 480 }}>
              <ChatWidget {...common} agentKey="support_agent" title="Empty" theme="light" locale="en" />
            </div>
          </Cell>
          <Cell label="Markdown and code">
            <div style={{ blockSize: 480 }}>
              <ChatWidget {...common} sessionId="conversation" title="Markdown" theme="light" locale="en" />
            </div>
          </Cell>
          <Cell label="Tools (dark)">
            <div style={{ blockSize: 480 }}>
              <ChatWidget {...common} sessionId="tools" title="Tools" theme="dark" locale="en" />
            </div>
          </Cell>
          <Cell label="Images">
            <div style={{ blockSize: 480 }}>
              <ChatWidget {...common} sessionId="images" title="Bilder" theme="light" locale="de" />
            </div>
          </Cell>
          <Cell label="Right to left">
            <div style={{ blockSize: 480 }}>
              <ChatWidget {...common} sessionId="arabic" title="محادثة" theme="light" locale="ar" />
            </div>
          </Cell>
        </Grid>
      </div>
    )
  },
  play: async ({ canvasElement }) => {
    // Every widget has loaded its history before the accessibility check runs.
    const canvas = within(canvasElement)
    await canvas.findByRole('heading', { name: 'Setting up the client' }, { timeout: 5000 })
    await canvas.findByText('Running')
    await canvas.findByRole('img', { name: 'landscape.svg' })
    await canvas.findByRole('heading', { name: 'الخطوات' })
  },
}

// ── Flows (play functions against the reference runtime) ───────────────────────────────────────────────

export const SendAndReply: Story = {
  play: async ({ canvasElement, step, ...context }) => {
    const canvas = within(canvasElement)
    const { runtime: backend } = connected(context)
    await step('Send a greeting', async () => {
      await send(canvasElement, 'Hello there')
    })
    await step('The reply appears and is announced', async () => {
      await expect(await canvas.findByRole('heading', { name: 'Hello!' }, { timeout: 5000 })).toBeVisible()
      await waitFor(() =>
        expect(canvas.getByText(/^Assistant replied: Hello there Hello!/)).toBeInTheDocument(),
      )
    })
    await step('Executed once, the composer is empty and focused', async () => {
      await expect(backend.executions).toHaveLength(1)
      const input = canvas.getByRole('textbox', { name: 'Message' })
      await expect(input).toHaveValue('')
      await expect(input).toHaveFocus()
    })
  },
}

export const RetryAfterFailure: Story = {
  play: async ({ canvasElement, step, ...context }) => {
    const canvas = within(canvasElement)
    const { runtime: backend } = connected(context)
    await step('Four 500s: the kit retries with backoff, then shows Retry', async () => {
      backend.inject({ kind: 'server_error', status: 500 }, { times: 4 })
      await send(canvasElement, 'calculate 6 * 7')
      await expect(await canvas.findByText('Not sent', {}, { timeout: 20_000 })).toBeVisible()
      await expect(backend.executions).toHaveLength(0)
    })
    await step('Retry sends it again and the reply appears', async () => {
      const message = canvasElement.querySelector<HTMLElement>('.acw-message[data-state="failed"]')!
      await userEvent.click(within(message).getByRole('button', { name: 'Retry' }))
      await expect(await canvas.findByText('6 * 7 = 42', {}, { timeout: 5000 })).toBeVisible()
      await waitFor(() => expect(canvas.queryByText('Not sent')).toBeNull())
      await expect(backend.executions).toHaveLength(1)
    })
  },
}

export const AttachAndRemoveFile: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    await step('Attach a file, then remove it', async () => {
      await userEvent.upload(
        fileInput(canvasElement),
        new File(['draft'], 'draft.txt', { type: 'text/plain' }),
      )
      await userEvent.click(await canvas.findByRole('button', { name: 'Remove draft.txt' }))
      await expect(canvas.queryByText('draft.txt')).toBeNull()
    })
    await step('Attach another and send it: the agent receives it', async () => {
      await userEvent.upload(
        fileInput(canvasElement),
        new File(['a,b\n1,2'], 'notes.csv', { type: 'text/csv' }),
      )
      const attachment = await canvas.findByText('notes.csv')
      await waitFor(
        () => expect(attachment.closest('[data-status]')).toHaveAttribute('data-status', 'ready'),
        {
          timeout: 5000,
        },
      )
      await send(canvasElement, 'Please read this file')
      const reply = await canvas.findByText(
        /I received 1 file \(notes\.csv\)/,
        { selector: 'p' },
        { timeout: 5000 },
      )
      await expect(reply).toBeVisible()
    })
  },
}

export const WaitOutRateLimit: Story = {
  play: async ({ canvasElement, step, ...context }) => {
    const canvas = within(canvasElement)
    const { runtime: backend } = connected(context)
    await step('A 429 with Retry-After: 2 shows a countdown and blocks Send', async () => {
      await send(canvasElement, '/fail 429 2 Are you still there?')
      await expect(await canvas.findByText(/Retrying in [12] s/, {}, { timeout: 5000 })).toBeVisible()
      await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true')
    })
    await step('The message is resent on its own and the reply appears', async () => {
      const reply = await canvas.findByRole('heading', { name: 'A formatted answer' }, { timeout: 10_000 })
      await expect(reply).toBeVisible()
      await waitFor(() => expect(canvas.queryByText('Too many requests.')).toBeNull())
      await expect(backend.executions).toHaveLength(1)
    })
  },
}
