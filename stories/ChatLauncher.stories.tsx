import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ChatLauncher, ChatWidget, en, getLabels, type ChatLauncherProps } from '../src/index.ts'
import { locales } from '../src/locales.ts'
import { seedConversation } from './fixtures.ts'
import { BASE_URL, Cell, connected, connectedLoader } from './kit.tsx'

type Theme = NonNullable<ChatLauncherProps['theme']>

/** The launcher with a connected widget inside, themed and localized from the toolbar unless args say otherwise. */
function renderLauncher(args: ChatLauncherProps, context: Pick<StoryContext, 'globals' | 'loaded'>) {
  const { queryClient } = connected(context)
  const theme = args.theme ?? (context.globals.theme as Theme)
  const labels = getLabels(context.globals.locale as string, locales)
  const { children: _children, labels: _labels, ...rest } = args
  return (
    <ChatLauncher theme={theme} dir={labels.dir} {...rest} labels={labels}>
      <ChatWidget
        clientOptions={{ baseUrl: BASE_URL }}
        sessionId="conversation"
        storage={false}
        theme={theme}
        locale={labels.locale}
        locales={locales}
        queryClient={queryClient}
      />
    </ChatLauncher>
  )
}

const meta = {
  title: 'Connected/ChatLauncher',
  component: ChatLauncher,
  tags: ['autodocs'],
  loaders: [connectedLoader],
  render: renderLauncher,
  // Children and labels come from the render function (a connected widget, the toolbar locale's catalog).
  args: { defaultOpen: false, position: 'bottom-right', labels: en, children: null },
  argTypes: { children: { control: false }, labels: { control: false } },
  parameters: {
    kit: { connected: true },
    runtime: { sessions: [{ id: 'conversation', history: seedConversation }] },
    docs: {
      description: {
        component:
          'A floating button that opens the chat as a panel in a corner of the page. The widget stays ' +
          'mounted while closed, so nothing is lost; Escape closes the panel and focus returns to the button. ' +
          'Below 480 px the open panel fills the screen.',
      },
      story: { inline: false, height: '720px' },
    },
  },
} satisfies Meta<typeof ChatLauncher>

export default meta
type Story = StoryObj<typeof meta>

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Open chat' })
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  },
}

export const Open: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('dialog', { name: 'Chat' })).toBeVisible()
    await expect(await canvas.findByRole('heading', { name: 'Setting up the client' })).toBeVisible()
  },
}

export const OpenAndClose: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    await step('Open: the panel shows and focus moves into it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Open chat' }))
      const dialog = canvas.getByRole('dialog', { name: 'Chat' })
      await expect(dialog).toBeVisible()
      // The launcher focuses the first focusable element of the panel (its Close button); see the report.
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement))
    })
    await step('Type a draft', async () => {
      await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'Half-written question')
    })
    await step('Escape closes it and focus returns to the button', async () => {
      await userEvent.keyboard('{Escape}')
      await expect(canvas.queryByRole('dialog')).toBeNull()
      await expect(canvas.getByRole('button', { name: 'Open chat' })).toHaveFocus()
    })
    await step('Reopened: the draft is still there', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Open chat' }))
      await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('Half-written question')
    })
  },
}

export const BottomLeft: Story = {
  args: { defaultOpen: true, position: 'bottom-left' },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('dialog')).toBeVisible()
    await expect(canvasElement.querySelector('.acw-launcher')).toHaveAttribute('dir', 'rtl')
  },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Setting up the client' })
  },
}

export const NarrowMobile: Story = {
  globals: { viewport: { value: 'phone375', isRotated: false } },
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { name: 'Setting up the client' })
  },
}

/** Closed and open, side by side: each cell is a containing block for the launcher's fixed position. */
export const AllStates: Story = {
  render: (args, context) => {
    const cell = {
      position: 'relative',
      blockSize: 720,
      transform: 'translateZ(0)',
      overflow: 'hidden',
    } as const
    return (
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1rem' }}>
        <Cell label="Closed">
          <div style={cell}>{renderLauncher({ ...args, defaultOpen: false }, context)}</div>
        </Cell>
        <Cell label="Open">
          <div style={cell}>
            {renderLauncher({ ...args, defaultOpen: true, title: 'Chat (open)' }, context)}
          </div>
        </Cell>
      </div>
    )
  },
}
