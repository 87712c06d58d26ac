import type { ExecuteBody } from './parseExecuteBody.ts'
import type { StoredFile } from './runtimeState.ts'
import type { AgentAttachment } from './scriptedAgent.ts'

function lastSegment(url: string): string | undefined {
  if (url.startsWith('data:')) return undefined
  try {
    return new URL(url).pathname.split('/').filter(Boolean).at(-1)
  } catch {
    return undefined
  }
}

function optional(name: string | undefined, type: string | undefined): AgentAttachment {
  return { ...(name ? { name } : {}), ...(type ? { type } : {}) }
}

/** The images and files of message content, with the names and types the agent can tell. */
export function attachmentsOf(
  content: ExecuteBody['content'],
  files: ReadonlyMap<string, StoredFile>,
): { images: AgentAttachment[]; files: AgentAttachment[] } {
  const result = { images: [] as AgentAttachment[], files: [] as AgentAttachment[] }
  if (typeof content === 'string') return result
  for (const block of content) {
    if (block.type === 'image_url') {
      const url = String((block.image_url as { url: string }).url)
      const type = /^data:([^;,]+)/.exec(url)?.[1]
      const name = typeof block.name === 'string' ? block.name : lastSegment(url)
      result.images.push(optional(name, type))
    } else if (block.type === 'file') {
      const stored = typeof block.file_id === 'string' ? files.get(block.file_id) : undefined
      const name = stored?.name ?? (typeof block.name === 'string' ? block.name : undefined)
      const type = stored?.type ?? (typeof block.mime_type === 'string' ? block.mime_type : undefined)
      result.files.push(
        optional(name ?? (typeof block.url === 'string' ? lastSegment(block.url) : undefined), type),
      )
    }
  }
  return result
}
