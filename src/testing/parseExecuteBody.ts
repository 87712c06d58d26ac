/** A valid execute body. */
export interface ExecuteBody {
  readonly content: string | readonly Record<string, unknown>[]
  readonly correlationId?: string
  readonly inputs?: Readonly<Record<string, unknown>>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why a content block is invalid, or `undefined` when it is fine. */
function blockProblem(block: unknown, index: number): string | undefined {
  if (!isObject(block)) return `content[${index}] must be an object`
  if (block.type === 'text')
    return typeof block.text === 'string' ? undefined : `content[${index}].text must be a string`
  if (block.type === 'image_url') {
    const url = isObject(block.image_url) ? block.image_url.url : undefined
    return typeof url === 'string' && /^(https?:|data:image\/)/.test(url)
      ? undefined
      : `content[${index}].image_url.url must be an http(s) or data:image URL`
  }
  if (block.type === 'file') {
    return typeof block.file_id === 'string' || typeof block.url === 'string'
      ? undefined
      : `content[${index}] needs a file_id or a url`
  }
  return `content[${index}].type must be one of text, image_url, file`
}

/** Parses and validates an execute body; returns the body, or the reason it is invalid. */
export function parseExecuteBody(text: string): ExecuteBody | { readonly problem: string } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { problem: 'The request body is not valid JSON.' }
  }
  if (!isObject(body)) return { problem: 'The request body must be a JSON object.' }
  const { content, correlation_id: correlationId, inputs } = body
  if (typeof content === 'string') {
    if (content.trim() === '') return { problem: 'content must not be empty.' }
  } else if (Array.isArray(content)) {
    if (content.length === 0) return { problem: 'content must not be an empty array.' }
    const problem = content.map(blockProblem).find((found) => found !== undefined)
    if (problem) return { problem }
  } else {
    return { problem: 'content is required: a string or an array of content blocks.' }
  }
  if (correlationId !== undefined && correlationId !== null && typeof correlationId !== 'string')
    return { problem: 'correlation_id must be a string.' }
  if (inputs !== undefined && inputs !== null && !isObject(inputs))
    return { problem: 'inputs must be an object.' }
  return {
    content: content as ExecuteBody['content'],
    ...(typeof correlationId === 'string' ? { correlationId } : {}),
    ...(isObject(inputs) ? { inputs } : {}),
  }
}

/** The text of message content: the string, or its text blocks joined by newlines. */
export function contentText(content: ExecuteBody['content']): string {
  if (typeof content === 'string') return content
  return content
    .filter((block) => block.type === 'text')
    .map((block) => String(block.text))
    .join('\n')
}
