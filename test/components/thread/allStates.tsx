import type { ChatMessage } from '../../../src/store/types.ts'
import { BASE_TIME, toolCall } from './fixtures.ts'

const error = { code: 'network', message: 'Can’t reach the service', retryable: true } as const
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const user = (key: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  key,
  role: 'user',
  content: text,
  text,
  createdAt: BASE_TIME,
  toolCalls: [],
  correlationId: `corr-${key}`,
  ...extra,
})

const markdown = [
  '## Results',
  'Here is **bold**, `code`, a [safe link](https://example.com) and a [bad one](javascript:alert(1)).',
  '',
  '| City | Temp |',
  '|------|------|',
  '| Paris | 21 |',
  '',
  '- [x] done',
  '- [ ] open',
  '',
  '```ts',
  'const answer = 42',
  '```',
  '',
  '> quoted',
  '',
  `![pixel](${PIXEL})`,
].join('\n')

/** A thread with every delivery state, markdown, attachments and each tool status. */
export const allStates: ChatMessage[] = [
  user('u-sent', 'Hello there', { delivery: { status: 'sent', at: BASE_TIME } }),
  {
    key: 'a-tools',
    role: 'assistant',
    content: markdown,
    text: markdown,
    createdAt: BASE_TIME + 1000,
    correlationId: 'corr-a-tools',
    toolCalls: [
      toolCall({ id: 't1' }),
      toolCall({
        id: 't2',
        name: 'search_docs',
        status: 'running',
        result: undefined,
        durationMs: undefined,
      }),
      toolCall({ id: 't3', name: 'send_email', status: 'failed', error: 'SMTP timeout', result: undefined }),
    ],
  },
  user('u-attach', 'See attached', {
    content: [
      { type: 'text', text: 'See attached' },
      { type: 'image_url', image_url: { url: PIXEL }, name: 'pixel.png' },
      { type: 'file', file_id: 'f1', name: 'a-rather-long-quarterly-report-name-2026.pdf', size: 482_133 },
    ],
  }),
  user('u-queued', 'Queued one', { delivery: { status: 'queued' } }),
  user('u-sending', 'Sending one', { delivery: { status: 'sending', since: BASE_TIME } }),
  user('u-unknown', 'Unknown one', { delivery: { status: 'unknown' } }),
  user('u-failed', 'Failed one', { delivery: { status: 'failed', error } }),
  {
    key: 's1',
    role: 'system',
    content: 'Session restarted',
    text: 'Session restarted',
    createdAt: BASE_TIME,
    toolCalls: [],
  },
]
