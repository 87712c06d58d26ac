import type {
  Attachment,
  ChatMessage,
  ContentBlock,
  DeliveryState,
  FileRejection,
  RuntimeErrorCode,
  RuntimeErrorInfo,
  ToolCall,
} from '../src/index.ts'
import { RUNTIME_ERROR_CODES, validateFiles } from '../src/index.ts'
import type { SeedMessage } from '../src/testing/index.ts'

/** "Now" for every fixture: times read as today, a few minutes ago. */
export const NOW = Date.now()
const minutesAgo = (minutes: number) => NOW - minutes * 60_000

/** Stable correlation ids, UUID-shaped as the kit makes them, each with its own first eight digits. */
const correlation = (n: number) => {
  const hex = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0')
  return `${hex}-7b4d-4e8a-9c21-${String(n).padStart(12, '0')}`
}

// ── Images (inline SVG data URLs: no network, deterministic) ───────────────────────────────────────────

const svg = (body: string, width = 320, height = 200) =>
  `data:image/svg+xml;base64,${btoa(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  )}`

/** A landscape picture, 320 × 200. */
export const LANDSCAPE_IMAGE = svg(
  '<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7aa7ff"/><stop offset="1" stop-color="#dfe9ff"/></linearGradient></defs>' +
    '<rect width="320" height="200" fill="url(#s)"/><circle cx="250" cy="55" r="24" fill="#ffd166"/>' +
    '<path d="M0 160 L70 95 L130 150 L190 80 L320 170 L320 200 L0 200 Z" fill="#2f6f4f"/>' +
    '<path d="M0 185 L90 140 L170 180 L260 130 L320 165 L320 200 L0 200 Z" fill="#1f4d36"/>',
)

/** A bar chart, 320 × 200, as an agent might draw one. */
export const CHART_IMAGE = svg(
  '<rect width="320" height="200" fill="#ffffff"/><path d="M40 20 V170 H300" stroke="#535c6e" fill="none"/>' +
    '<rect x="60" y="110" width="40" height="60" fill="#2952cc"/><rect x="120" y="70" width="40" height="100" fill="#2952cc"/>' +
    '<rect x="180" y="40" width="40" height="130" fill="#2952cc"/><rect x="240" y="90" width="40" height="80" fill="#2952cc"/>',
)

/** A small square photo-like thumbnail for attachment previews. */
export const THUMBNAIL_IMAGE = svg(
  '<rect width="96" height="96" fill="#f4a261"/><circle cx="48" cy="40" r="18" fill="#264653"/><rect x="18" y="64" width="60" height="22" rx="11" fill="#264653"/>',
  96,
  96,
)

// ── Tool calls ────────────────────────────────────────────────────────────────────────────────────────

export const calculatorCall: ToolCall = {
  id: 'call_calc_1',
  name: 'calculator',
  args: { expression: '(2 + 3) * 4' },
  result: 20,
  status: 'succeeded',
  durationMs: 12,
  raw: {},
}

export const searchCall: ToolCall = {
  id: 'call_search_1',
  name: 'web_search',
  args: { query: 'accessible chat widgets', limit: 3 },
  result: [
    {
      title: 'Accessible chat widgets: Overview',
      url: 'https://example.com/overview',
      snippet: 'An overview.',
    },
    { title: 'Accessible chat widgets: Guide', url: 'https://example.com/guide', snippet: 'A guide.' },
    { title: 'Accessible chat widgets: FAQ', url: 'https://example.com/faq', snippet: 'Questions.' },
  ],
  status: 'succeeded',
  durationMs: 240,
  raw: {},
}

export const runningSearchCall: ToolCall = {
  id: 'call_search_2',
  name: 'web_search',
  args: { query: 'WCAG 2.2 focus appearance' },
  status: 'running',
  raw: {},
}

export const failedWeatherCall: ToolCall = {
  id: 'call_weather_1',
  name: 'weather_lookup',
  args: { location: 'Berlin', unit: 'celsius' },
  status: 'failed',
  error: 'upstream timeout',
  durationMs: 5000,
  raw: {},
}

export const weatherCall: ToolCall = {
  id: 'call_weather_2',
  name: 'weather_lookup',
  args: { location: 'Lisbon', unit: 'celsius' },
  result: { location: 'Lisbon', temperature: 21, condition: 'Sunny', humidity: 0.48 },
  status: 'succeeded',
  durationMs: 310,
  raw: {},
}

/** A call whose result is long enough to be cut with "Show all". */
export const longResultCall: ToolCall = {
  id: 'call_rows_1',
  name: 'sql_query',
  args: { sql: 'SELECT id, name, plan, seats FROM customers ORDER BY seats DESC LIMIT 25' },
  result: Array.from({ length: 25 }, (_, index) => ({
    id: 1000 + index,
    name: `Customer ${index + 1}`,
    plan: index % 3 === 0 ? 'enterprise' : 'team',
    seats: 500 - index * 17,
  })),
  status: 'succeeded',
  durationMs: 86,
  raw: {},
}

// ── Messages ──────────────────────────────────────────────────────────────────────────────────────────

let nextKey = 1

/** A user's message; with `delivery` it is one sent from this page (still in the outbox). */
export function userMessage(
  text: string,
  options: { delivery?: DeliveryState; minutes?: number; content?: readonly ContentBlock[] } = {},
): ChatMessage {
  const n = nextKey++
  const local = options.delivery !== undefined
  return {
    key: local ? correlation(n) : `msg-${n}`,
    ...(local ? { correlationId: correlation(n) } : { id: `msg-${n}` }),
    role: 'user',
    content: options.content ?? text,
    text,
    createdAt: minutesAgo(options.minutes ?? 1),
    toolCalls: [],
    ...(options.delivery ? { delivery: options.delivery } : {}),
  }
}

/** An assistant's message from the history. */
export function assistantMessage(
  text: string,
  options: { toolCalls?: readonly ToolCall[]; minutes?: number } = {},
): ChatMessage {
  const n = nextKey++
  return {
    key: `msg-${n}`,
    id: `msg-${n}`,
    role: 'assistant',
    content: text,
    text,
    createdAt: minutesAgo(options.minutes ?? 1),
    toolCalls: options.toolCalls ?? [],
  }
}

/** A runtime error as the store keeps it, with a reference id. */
export function errorInfo(code: RuntimeErrorCode, extra: Partial<RuntimeErrorInfo> = {}): RuntimeErrorInfo {
  return {
    code,
    message: ERROR_MESSAGES[code],
    retryable: ['rate_limited', 'timeout', 'server_error', 'network'].includes(code),
    correlationId: correlation(900 + RUNTIME_ERROR_CODES.indexOf(code)),
    ...extra,
  }
}

const ERROR_MESSAGES: Record<RuntimeErrorCode, string> = {
  unauthorized: 'HTTP 401: Invalid API key',
  forbidden: 'HTTP 403: Not allowed',
  session_not_found: 'HTTP 404: Session not found',
  rate_limited: 'HTTP 429: Too many requests',
  content_policy: 'HTTP 400: content_policy_violation',
  tool_failure: 'Tool weather_lookup failed',
  timeout: 'No response in 60000 ms',
  invalid_request: 'HTTP 422: Validation error',
  payload_too_large: 'HTTP 413: Request entity too large',
  server_error: 'HTTP 500: Internal server error',
  network: 'Failed to fetch',
  aborted: 'Aborted',
  invalid_response: 'Unexpected token < in JSON',
}

export const sending: DeliveryState = { status: 'sending', since: NOW - 2000 }
export const queued: DeliveryState = { status: 'queued' }
export const sent: DeliveryState = { status: 'sent', at: NOW }
export const checkingDelivery: DeliveryState = { status: 'unknown', error: errorInfo('network') }
export const failedServerError: DeliveryState = { status: 'failed', error: errorInfo('server_error') }
export const failedContentPolicy: DeliveryState = { status: 'failed', error: errorInfo('content_policy') }
export const rateLimitedDelivery: DeliveryState = {
  status: 'queued',
  retryAt: NOW + 30_000,
  error: errorInfo('rate_limited', { retryAfterMs: 30_000 }),
}

export const MARKDOWN_TEXT = [
  '## Setting up the client',
  'Install the kit, then create **one client** per backend. Options are in [the docs](https://example.com/docs).',
  '1. Install the package\n2. Point `baseUrl` at *your* proxy\n3. Render the widget',
  '```ts\nimport { createRuntimeClient } from "atthene-chat-kit/client"\n\nconst client = createRuntimeClient({ baseUrl: "/api/atthene" })\nconst reply = await client.executeMessage(sessionId, { content: "Hello" })\n```',
  '| Option | Default |\n| --- | --- |\n| `timeoutMs` | 60000 |\n| `retry` | 3 retries |',
  '> The API key stays on your server.',
  '- [x] Client\n- [ ] Widget',
].join('\n\n')

/** A short conversation from the history. */
export const conversation: readonly ChatMessage[] = [
  userMessage('Hi! Can you help me set up the chat widget?', { minutes: 9 }),
  assistantMessage(
    'Of course. Point `baseUrl` at your own proxy and render `<ChatWidget>`. Which framework do you use?',
    { minutes: 9 },
  ),
  userMessage('React with Vite.', { minutes: 8 }),
  assistantMessage(MARKDOWN_TEXT, { minutes: 8 }),
]

/** `count` alternating messages, as a long-running session's history. */
export function longHistory(count: number): readonly ChatMessage[] {
  const topics = ['pagination', 'retries', 'markdown', 'uploads', 'accessibility', 'themes', 'rate limits']
  return Array.from({ length: count }, (_, index) => {
    const topic = topics[Math.floor(index / 2) % topics.length]!
    const minutes = (count - index) * 2
    return index % 2 === 0
      ? userMessage(`Message ${index + 1}: tell me about ${topic}.`, { minutes })
      : assistantMessage(`### ${topic}\n\n- one point about **${topic}**\n- another with \`code\``, {
          minutes,
        })
  })
}

/** A user's message with two images and a PDF. */
export const imagesMessage = userMessage('Here are the photo and the chart from the report.', {
  minutes: 3,
  content: [
    { type: 'text', text: 'Here are the photo and the chart from the report.' },
    { type: 'image_url', image_url: { url: LANDSCAPE_IMAGE }, name: 'landscape.svg' },
    { type: 'image_url', image_url: { url: CHART_IMAGE }, name: 'q3-chart.svg' },
    { type: 'file', name: 'q3-report.pdf', mime_type: 'application/pdf', size: 482_133 },
  ],
})

/** The assistant answering with a markdown image. */
export const imageReply = assistantMessage(
  `I can see a landscape and a bar chart. Here is the chart again, annotated:\n\n![Bar chart with four bars, the third is highest](${CHART_IMAGE})`,
  { minutes: 2 },
)

/** An Arabic conversation, for right-to-left review. */
export const arabicConversation: readonly ChatMessage[] = [
  userMessage('مرحبًا! كيف أضيف نافذة الدردشة إلى موقعي؟', { minutes: 6 }),
  assistantMessage(
    '## الخطوات\n\n1. ثبّت الحزمة `atthene-chat-kit`\n2. اضبط `baseUrl` على الخادم الخاص بك\n3. أضف المكوّن إلى الصفحة\n\nراجع [الوثائق](https://example.com/docs) للمزيد.',
    { minutes: 5 },
  ),
  userMessage('شكرًا، هل يدعم الوضع الداكن؟', { minutes: 1, delivery: sending }),
]

// ── Attachments ───────────────────────────────────────────────────────────────────────────────────────

export const pendingAttachment: Attachment = {
  id: 'att-pending',
  name: 'meeting-notes.txt',
  mimeType: 'text/plain',
  size: 2_048,
  state: { status: 'pending' },
}

export const uploadingAttachment: Attachment = {
  id: 'att-uploading',
  name: 'quarterly-report-final-v3.pdf',
  mimeType: 'application/pdf',
  size: 4_718_592,
  state: { status: 'uploading', progress: 0.42 },
}

export const readyImageAttachment: Attachment = {
  id: 'att-image',
  name: 'team-photo.svg',
  mimeType: 'image/svg+xml',
  size: 183_204,
  state: { status: 'ready' },
  previewUrl: THUMBNAIL_IMAGE,
}

export const readyFileAttachment: Attachment = {
  id: 'att-file',
  name: 'customers.csv',
  mimeType: 'text/csv',
  size: 12_870,
  state: { status: 'ready' },
}

export const failedAttachment: Attachment = {
  id: 'att-failed',
  name: 'contract-scan.pdf',
  mimeType: 'application/pdf',
  size: 1_572_864,
  state: { status: 'failed', error: 'The connection was lost' },
}

export const longNameAttachment: Attachment = {
  id: 'att-long',
  name: 'a-very-long-file-name-that-someone-exported-from-a-spreadsheet-2026-11-25.csv',
  mimeType: 'text/csv',
  size: 88_210,
  state: { status: 'uploading', progress: 0.8 },
}

/** A `File` that claims `size` bytes without allocating them. */
export function fakeFile(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

/** One rejection per code, as the composer's validation produces them. */
export const rejections: readonly FileRejection[] = [
  ...validateFiles(
    [
      fakeFile('installer.exe', 'application/x-msdownload', 52_000),
      fakeFile('scanned-archive.pdf', 'application/pdf', 48_000_000),
      fakeFile('empty.txt', 'text/plain', 0),
      fakeFile(`${'long-name-'.repeat(30)}.txt`, 'text/plain', 100),
    ],
    0,
    { accept: ['image/*', 'application/pdf', 'text/plain'], maxSize: 10 * 1024 * 1024 },
  ).rejections,
  ...validateFiles([fakeFile('sixth-photo.png', 'image/png', 80_000)], 5, { maxFiles: 5 }).rejections,
]

// ── Seeded histories for the reference runtime (connected stories) ─────────────────────────────────────

/** A short seeded conversation: greeting, markdown and code. */
export const seedConversation: readonly SeedMessage[] = [
  { role: 'user', content: 'Hi! Can you help me set up the chat widget?' },
  {
    role: 'assistant',
    content:
      'Of course. Point `baseUrl` at your own proxy and render `<ChatWidget>`. Which framework do you use?',
  },
  { role: 'user', content: 'React with Vite.' },
  { role: 'assistant', content: MARKDOWN_TEXT },
]

/** A seeded conversation with tool calls: one succeeded, one failed, one still running. */
export const seedTools: readonly SeedMessage[] = [
  { role: 'user', content: 'calculate (2 + 3) * 4' },
  {
    role: 'assistant',
    content: '**(2 + 3) * 4 = 20**',
    toolCalls: [
      {
        id: 'c1',
        name: 'calculator',
        args: { expression: '(2 + 3) * 4' },
        result: 20,
        status: 'completed',
        duration_ms: 12,
      },
    ],
  },
  { role: 'user', content: 'What is the weather in Berlin?' },
  {
    role: 'assistant',
    content: "I couldn't get the weather: the `weather_lookup` tool failed (upstream timeout).",
    toolCalls: [
      {
        id: 'c2',
        name: 'weather_lookup',
        args: { location: 'Berlin' },
        status: 'failed',
        error: 'upstream timeout',
        duration_ms: 5000,
      },
    ],
  },
  { role: 'user', content: 'search WCAG 2.2 focus appearance' },
  {
    role: 'assistant',
    content: 'Searching…',
    toolCalls: [
      { id: 'c3', name: 'web_search', args: { query: 'WCAG 2.2 focus appearance' }, status: 'running' },
    ],
  },
]

/** A seeded conversation with images, both ways. */
export const seedImages: readonly SeedMessage[] = [
  {
    role: 'user',
    content: [
      { type: 'text', text: 'Here are the photo and the chart from the report.' },
      { type: 'image_url', image_url: { url: LANDSCAPE_IMAGE }, name: 'landscape.svg' },
      { type: 'image_url', image_url: { url: CHART_IMAGE }, name: 'q3-chart.svg' },
    ],
  },
  { role: 'assistant', content: imageReply.text },
]

/** A seeded Arabic conversation. */
export const seedArabic: readonly SeedMessage[] = arabicConversation
  .slice(0, 2)
  .map((message) => ({ role: message.role as 'user' | 'assistant', content: message.text }))
