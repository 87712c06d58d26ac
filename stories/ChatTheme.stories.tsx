import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ChatTheme, Composer, Thread, createChatMessage } from '../src/index.ts'

const messages = [
  createChatMessage({
    key: 'm1',
    role: 'user',
    text: 'What is 6 × 7?',
    createdAt: Date.UTC(2026, 10, 25, 9),
  }),
  createChatMessage({
    key: 'm2',
    role: 'assistant',
    text: 'It is **42**.\n\n- six sevens\n- seven sixes',
    createdAt: Date.UTC(2026, 10, 25, 9, 1),
  }),
]

const meta = {
  title: 'Components/ChatTheme',
  component: ChatTheme,
  tags: ['autodocs'],
  // A plain frame: ChatTheme is the kit's root here, not the Storybook decorator.
  parameters: {
    kit: { connected: true },
    docs: {
      description: {
        component:
          'The kit’s root for components used without the widget: it defines the design tokens and resets the ' +
          'text styles a page passes down (`text-align`, `letter-spacing`, `font-weight`…). `ChatWidget` and ' +
          '`ChatLauncher` carry it themselves.',
      },
    },
  },
  args: {
    theme: 'light',
    style: { display: 'flex', flexDirection: 'column', blockSize: 420, border: '1px solid #d0d5dd' },
    children: (
      <>
        <Thread messages={messages} style={{ flex: 1, minBlockSize: 0 }} />
        <Composer onSend={() => undefined} />
      </>
    ),
  },
} satisfies Meta<typeof ChatTheme>

export default meta
type Story = StoryObj<typeof meta>

export const Light: Story = {}

export const Dark: Story = { args: { theme: 'dark' } }

/** A page that centres, spaces and colours its text: none of it reaches the chat. */
export const InAStyledPage: Story = {
  render: (args) => (
    <div
      style={{ textAlign: 'center', letterSpacing: '3px', lineHeight: 3, fontWeight: 700, color: '#c00000' }}
    >
      <p>The host page’s own text</p>
      <ChatTheme {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const reply = await within(canvasElement).findByText('six sevens')
    const style = getComputedStyle(reply)
    await expect(style.textAlign).toBe('start')
    await expect(style.letterSpacing).toBe('normal')
    await expect(style.fontWeight).toBe('400')
  },
}
