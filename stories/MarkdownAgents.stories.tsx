import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { Markdown } from '../src/index.ts'
import { AGENT_MARKDOWN, AGENT_REPLY } from './agentMarkdown.ts'

const meta = {
  title: 'Markdown / what agents write',
  component: Markdown,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'What agents commonly write, rendered as CommonMark and GFM say: snake_case stays plain, entities ' +
          'decode, bare URLs and e-mail addresses link, tables need no outer pipes, code keeps its tabs and ' +
          'names its language on `<code>`. See docs/markdown.md for conformance and the URL policy.',
      },
    },
  },
} satisfies Meta<typeof Markdown>

export default meta
type Story = StoryObj<typeof meta>

export const SnakeCaseAndArithmetic: Story = {
  args: { children: AGENT_MARKDOWN.intraword },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('em, strong')).toBeNull()
    await expect(canvasElement).toHaveTextContent(
      'max_retry_count or rename file_name_v2.txt; 5 * 6 * 7 = 210.',
    )
  },
}

export const NestedEmphasis: Story = {
  args: { children: AGENT_MARKDOWN.nestedEmphasis },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('em > strong')).toHaveTextContent('important')
  },
}

export const Entities: Story = {
  args: { children: AGENT_MARKDOWN.entities },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Acme © 2026 — all rights © reserved.')
  },
}

export const EntityInLinkUrl: Story = {
  args: { children: AGENT_MARKDOWN.entityInUrl },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Search results' })
    await expect(link).toHaveAttribute('href', 'https://example.com/search?q=chat&page=2')
  },
}

export const ParenthesesInUrl: Story = {
  args: { children: AGENT_MARKDOWN.parenthesesInUrl },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link')
    await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Markdown_(software)')
  },
}

export const WwwAndEmail: Story = {
  args: { children: AGENT_MARKDOWN.wwwAndEmail },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('link', { name: 'www.example.org' })).toHaveAttribute(
      'href',
      'http://www.example.org',
    )
    await expect(canvas.getByRole('link', { name: 'a@b.com' })).toHaveAttribute('href', 'mailto:a@b.com')
  },
}

export const TableWithoutOuterPipes: Story = {
  args: { children: AGENT_MARKDOWN.tableWithoutOuterPipes },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByRole('columnheader')).toHaveLength(2)
    await expect(canvas.getAllByRole('cell')).toHaveLength(4)
    await expect(canvasElement).not.toHaveTextContent('extra cell')
  },
}

export const ReferenceLinks: Story = {
  args: { children: AGENT_MARKDOWN.referenceLinks },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'FAQ' })
    await expect(link).toHaveAttribute('href', 'https://example.com/faq')
  },
}

export const BackslashLineBreak: Story = {
  args: { children: AGENT_MARKDOWN.backslashBreak },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('p br')).not.toBeNull()
    await expect(canvasElement).not.toHaveTextContent('\\')
  },
}

export const ParenthesisNumberedList: Story = {
  args: { children: AGENT_MARKDOWN.parenthesisList },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3)
  },
}

export const CodeWithTabsAndLanguage: Story = {
  args: { children: AGENT_MARKDOWN.codeWithTabs },
  play: async ({ canvasElement }) => {
    const codes = canvasElement.querySelectorAll('pre > code')
    await expect(codes[0]).toHaveClass('language-makefile')
    await expect(codes[0]!.textContent).toBe('build:\n\tnpm run build\n')
    await expect(codes[1]).toHaveClass('language-python')
  },
}

/** Every case in one reply, with `highlightCode`: the highlighter loads when the first known language appears. */
export const AllInOneReplyHighlighted: Story = {
  args: { children: AGENT_REPLY, highlightCode: true },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('code.language-python .acw-hl-func')).not.toBeNull(),
    )
  },
}
