import type { PlannedToolCall } from './agentTools.ts'

/** The reply to a greeting. */
export const GREETING_REPLY = [
  '## Hello!',
  "I'm the **scripted reference agent**. Things to try:",
  '- `calculate (2 + 3) * 4`\n- `search accessible chat widgets`\n- `weather in Berlin` (the tool fails)\n- `long`',
  'Type `/fail 429` or `/slow 3000` to try the error states; see [the chat commands](https://example.com/docs/chat-commands).',
].join('\n\n')

/** The default reply: every markdown feature the renderer must handle. */
export const MARKDOWN_REPLY = [
  '## A formatted answer',
  'Here is a list with `inline code`:',
  '1. First, **bold** and *italic* text\n2. Then a [safe link](https://example.com/docs)\n3. Finally a code block',
  '```ts\nconst client = createRuntimeClient({ baseUrl })\nawait client.executeMessage(sessionId, { content: "hi" })\n```',
  '- a bullet\n- another bullet',
].join('\n\n')

const TOPICS = [
  'sessions',
  'history',
  'retries',
  'rate limits',
  'uploads',
  'accessibility',
  'themes',
  'tests',
]

/** A long multi-paragraph reply (eight sections). */
export const LONG_REPLY = [
  '# A long answer',
  ...TOPICS.map(
    (topic, index) =>
      `## ${index + 1}. About ${topic}\n\n` +
      `This paragraph talks about ${topic} at some length, so that the thread has to scroll and the reader ` +
      `has to find their place again. It keeps going for a few sentences about ${topic}, with a little ` +
      `\`code\` and **emphasis**, because long replies are where layout problems show up first.`,
  ),
  'That is the end of the long answer.',
].join('\n\n')

/** The reply text for a tool call the agent made. */
export function toolReply(call: PlannedToolCall): string {
  if (call.name === 'weather_lookup' && call.error !== undefined)
    return `I couldn't get the weather: the \`weather_lookup\` tool failed (${call.error}).`
  if (call.error !== undefined) return `I tried the \`${call.name}\` tool, but it failed: ${call.error}.`
  if (call.name === 'calculator') return `**${String(call.args.expression)} = ${String(call.result)}**`
  if (call.name === 'web_search' && Array.isArray(call.result)) {
    const results = call.result as readonly { title: string; url: string; snippet: string }[]
    const lines = results.map((r, index) => `${index + 1}. [${r.title}](${r.url}): ${r.snippet}`)
    return [`Here is what I found for **${String(call.args.query)}**:`, lines.join('\n')].join('\n\n')
  }
  return `The \`${call.name}\` tool returned: \`${JSON.stringify(call.result)}\`.`
}
