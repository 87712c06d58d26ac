import type { ToolCall } from '../../src/client/types.ts'
import type { ChatMessage } from '../../src/store/types.ts'

const TOPICS = ['pagination', 'retries', 'markdown', 'uploads', 'accessibility', 'themes', 'rate limits']
const START = Date.UTC(2026, 0, 5, 9, 0, 0)

function toolCall(index: number): ToolCall {
  const failed = index % 35 === 0
  const args = { expression: `${index} * 2`, precision: 2 }
  return {
    id: `call-${index}`,
    name: index % 2 === 0 ? 'calculator' : 'search_docs',
    args,
    ...(failed ? { error: 'Tool timed out after 10 s' } : { result: { value: index * 2, unit: 'items' } }),
    status: failed ? 'failed' : 'succeeded',
    durationMs: 40 + (index % 9) * 15,
    raw: { id: `call-${index}`, name: 'calculator', arguments: JSON.stringify(args) },
  }
}

function assistantText(index: number, topic: string): string {
  const turn = (index - 1) / 2
  const parts = [
    `### ${topic} (reply ${index + 1})`,
    `Here is what matters about **${topic}**:\n\n- one point with \`inline code\`\n- another point, _emphasised_\n- a third with a [link](https://example.com/docs/${topic.replace(' ', '-')})`,
  ]
  if (turn % 4 === 1)
    parts.push(
      '```ts\nconst page = await client.getMessages(sessionId, { limit: 30, offset })\nfor (const message of page.messages) console.log(message.text)\n```',
    )
  if (turn % 6 === 3) parts.push('| option | default |\n|---|---|\n| limit | 30 |\n| offset | 0 |')
  if (turn % 5 === 4) parts.push(`> A longer paragraph follows. ${'Lorem ipsum dolor sit amet. '.repeat(12)}`)
  return parts.join('\n\n')
}

/**
 * The `index`-th message of a bench thread: even indexes are the user's plain text, odd ones the assistant's
 * markdown (headings, lists, links, every 4th turn a code block, every 6th a table) with a tool call on every
 * 3rd turn, so that the rendered mix is close to a real support conversation.
 */
export function fixtureMessage(index: number, prefix = 'm'): ChatMessage {
  const topic = TOPICS[Math.floor(index / 2) % TOPICS.length]!
  const key = `${prefix}${index}`
  const createdAt = START + index * 45_000
  if (index % 2 === 0) {
    const text = `Message ${index + 1}: how do ${topic} work in the widget?`
    return { key, id: key, role: 'user', content: text, text, createdAt, toolCalls: [] }
  }
  const text = assistantText(index, topic)
  const turn = (index - 1) / 2
  const toolCalls = turn % 3 === 0 ? [toolCall(index)] : []
  return { key, id: key, role: 'assistant', content: text, text, createdAt, toolCalls }
}

/** `count` fixture messages, oldest first. */
export function createFixtures(count: number): ChatMessage[] {
  return Array.from({ length: count }, (_, index) => fixtureMessage(index))
}
