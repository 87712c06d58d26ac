import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { CodeBlock, Markdown } from '../src/index.ts'
import { CHART_IMAGE, MARKDOWN_TEXT } from './fixtures.ts'
import { Cell, Grid, narrow } from './kit.tsx'

const UNSAFE = [
  'Raw HTML is shown as text: <script>alert(1)</script> <img src=x onerror=alert(1)>',
  '',
  'Links keep safe protocols only: [a javascript link](javascript:alert(1)), [a safe one](https://example.com).',
  '',
  'An image over plain http is replaced by its alt text: ![tracking pixel](http://example.com/p.gif)',
].join('\n')

const LONG_CODE = [
  '```json',
  JSON.stringify(
    {
      session_id: 'a1b2c3',
      status: 'completed',
      messages: [
        { role: 'assistant', content: 'A very long line that does not wrap in a code block, '.repeat(3) },
      ],
    },
    null,
    2,
  ),
  '```',
].join('\n')

const meta = {
  title: 'Components/Markdown',
  component: Markdown,
  subcomponents: { CodeBlock },
  tags: ['autodocs'],
  args: { children: MARKDOWN_TEXT },
  parameters: {
    docs: {
      description: {
        component:
          'Untrusted markdown rendered safely: raw HTML as text, safe link protocols only, images over ' +
          '`https:` or `data:image/*` only, fenced code as a `CodeBlock` with a Copy button.',
      },
    },
  },
} satisfies Meta<typeof Markdown>

export default meta
type Story = StoryObj<typeof meta>

export const MarkdownAndCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { name: 'Setting up the client' })).toBeVisible()
    const link = canvas.getByRole('link', { name: 'the docs' })
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(canvas.getByRole('button', { name: 'Copy code' })).toBeVisible()
  },
}

export const UnsafeContent: Story = {
  args: { children: UNSAFE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('script')).toBeNull()
    await expect(canvas.queryByRole('link', { name: 'a javascript link' })).toBeNull()
    await expect(canvas.getByText('tracking pixel')).toBeVisible()
  },
}

export const Images: Story = {
  args: {
    children: `A chart the agent drew:\n\n![Bar chart with four bars, the third is highest](${CHART_IMAGE})`,
  },
}

export const ImagesNotAllowed: Story = {
  args: {
    children: `A chart the agent drew:\n\n![Bar chart with four bars, the third is highest](${CHART_IMAGE})`,
    allowImages: false,
  },
}

export const LongCode: Story = {
  args: { children: LONG_CODE },
}

export const CodeBlockAlone: Story = {
  render: (args) => <CodeBlock code="npm i atthene-chat-kit" language="sh" labels={args.labels} />,
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Copy code' })
    await userEvent.click(button)
    // "Copied", or "Copy failed" where the clipboard is not allowed (the test browser): either way it answers.
    await waitFor(() => expect(button).toHaveTextContent(/Copied|Copy failed/))
  },
}

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    children:
      '## الخطوات\n\n1. ثبّت الحزمة `atthene-chat-kit`\n2. اضبط `baseUrl`\n\n```ts\nconst client = createRuntimeClient({ baseUrl })\n```',
  },
}

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
}

export const NarrowMobile: Story = {
  decorators: [narrow],
  args: { children: `${MARKDOWN_TEXT}\n\n${LONG_CODE}` },
}

export const AllStates: Story = {
  render: (args) => (
    <Grid>
      <Cell label="Markdown and code">
        <Markdown labels={args.labels}>{MARKDOWN_TEXT}</Markdown>
      </Cell>
      <Cell label="Unsafe content">
        <Markdown labels={args.labels}>{UNSAFE}</Markdown>
      </Cell>
      <Cell label="Images">
        <Markdown labels={args.labels}>{`![Bar chart](${CHART_IMAGE})`}</Markdown>
      </Cell>
      <Cell label="Long code">
        <Markdown labels={args.labels}>{LONG_CODE}</Markdown>
      </Cell>
    </Grid>
  ),
}
