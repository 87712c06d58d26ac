import { isRuntimeError, RuntimeError } from '../client/RuntimeError.ts'
import type { Attachment, OutboxEntry } from '../store/types.ts'
import type { ChatContextValue } from './ChatContext.ts'

/** Upload the attachments of a message that have no content block yet; returns them all with their blocks. */
export async function uploadAttachments(
  entry: OutboxEntry,
  { store, files, upload }: Pick<ChatContextValue, 'store' | 'files' | 'upload'>,
): Promise<readonly Attachment[]> {
  const { sessionId, correlationId } = entry
  const set = (attachment: Attachment) =>
    store.getState().updateAttachment(sessionId, correlationId, attachment)
  const done: Attachment[] = []
  for (const attachment of entry.attachments) {
    if (attachment.block !== undefined) {
      done.push(attachment)
      continue
    }
    const file = files.get(attachment.id)
    try {
      if (file === undefined) throw new Error(`"${attachment.name}" is no longer available; attach it again.`)
      set({ ...attachment, state: { status: 'uploading', progress: 0 } })
      const onProgress = (progress: number) =>
        set({ ...attachment, state: { status: 'uploading', progress } })
      const block = await upload.upload(file, { onProgress, signal: new AbortController().signal })
      const ready: Attachment = { ...attachment, state: { status: 'ready' }, block }
      set(ready)
      files.delete(attachment.id)
      done.push(ready)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      set({ ...attachment, state: { status: 'failed', error: message } })
      throw isRuntimeError(error)
        ? error
        : new RuntimeError({ code: 'invalid_request', message, correlationId, cause: error })
    }
  }
  return done
}
