import { calculate } from './calculate.ts'

/** A tool call the scripted agent decided to make, with its outcome. */
export interface PlannedToolCall {
  readonly name: string
  readonly args: Readonly<Record<string, unknown>>
  readonly result?: unknown
  readonly error?: string
  readonly durationMs: number
}

const ARITHMETIC = /^[\d\s+\-*/%^().,]+/

function calculatorCall(text: string): PlannedToolCall | undefined {
  const match = /\b(?:calculate|compute|what\s+is|what's)\s+(.*)$/is.exec(text)
  const expression = ARITHMETIC.exec(match?.[1] ?? '')?.[0]
    .trim()
    .replace(/[.,]+$/, '')
  if (!expression || !/\d/.test(expression)) return undefined
  try {
    return { name: 'calculator', args: { expression }, result: calculate(expression), durationMs: 12 }
  } catch (error) {
    return { name: 'calculator', args: { expression }, error: (error as Error).message, durationMs: 3 }
  }
}

function searchCall(text: string): PlannedToolCall | undefined {
  const query = /\bsearch(?:\s+for)?\s+(.+)$/is
    .exec(text)?.[1]
    ?.trim()
    .replace(/[?.!]+$/, '')
  if (!query) return undefined
  // A lone surrogate would make encodeURIComponent throw: replace it first (U+FFFD).
  const wellFormed = query.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
  const slug = encodeURIComponent(wellFormed.toLowerCase().replace(/\s+/g, '-').slice(0, 40))
  const result = ['Overview', 'Guide', 'FAQ'].map((kind, index) => ({
    title: `${query}: ${kind}`,
    url: `https://example.com/${kind.toLowerCase()}/${slug}`,
    snippet: `A ${kind.toLowerCase()} about ${query} (result ${index + 1}).`,
  }))
  return { name: 'web_search', args: { query }, result, durationMs: 240 }
}

function weatherCall(text: string): PlannedToolCall | undefined {
  if (!/\bweather\b/i.test(text)) return undefined
  const location = /\bin\s+([\p{L}\s-]+)/iu.exec(text)?.[1]?.trim() ?? 'your location'
  return { name: 'weather_lookup', args: { location }, error: 'upstream timeout', durationMs: 5000 }
}

/** The tool the scripted agent uses for a message: weather (always fails), calculator or web search. */
export function planToolCall(text: string): PlannedToolCall | undefined {
  return weatherCall(text) ?? calculatorCall(text) ?? searchCall(text)
}

/** Makes a planned call fail (fault `tool_failure`), or plans a failing call of `tool` when there was none. */
export function failToolCall(
  planned: PlannedToolCall | undefined,
  tool: string,
  text: string,
): PlannedToolCall {
  const error = 'the external service returned an error'
  if (planned) return { name: planned.name, args: planned.args, error, durationMs: planned.durationMs }
  return { name: tool, args: { query: text }, error, durationMs: 800 }
}
