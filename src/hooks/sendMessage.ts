import type { Attachment, SendInput } from '../store/types.ts'
import type { ChatContextValue } from './ChatContext.ts'
import { randomId } from '../client/randomId.ts'

/**
 * Put a message in a session's outbox (the pump of `useExecuteMessage` sends it); returns its correlation id,
 * or `undefined` when there is nothing to send (empty or whitespace-only text and no attachment).
 */
export function sendMessage(
  { store, files }: Pick<ChatContextValue, 'store' | 'files'>,
  outboxId: string,
  input: SendInput,
): string | undefined {
  const {
    text,
    files: picked = [],
    attachments = [],
    inputs,
  } = typeof input === 'string' ? { text: input } : input
  const fromFiles = picked.map((file): Attachment => {
    const attachment: Attachment = {
      id: randomId(),
      name: file.name,
      mimeType: file.type,
      size: file.size,
      state: { status: 'pending' },
    }
    files.set(attachment.id, file)
    return attachment
  })
  const all = [...attachments, ...fromFiles]
  if (text.trim() === '' && all.length === 0) return undefined
  return store.getState().enqueue(outboxId, { text, attachments: all, ...(inputs ? { inputs } : {}) })
}
