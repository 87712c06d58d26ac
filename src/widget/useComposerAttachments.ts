import { useCallback, useEffect, useRef, useState } from 'react'
import { createAttachment } from '../components/attachments/createAttachment.ts'
import { useChatContext } from '../hooks/ChatContext.ts'
import type { Attachment } from '../store/types.ts'

/** The composer's attachments, uploaded as soon as they are added, through the provider's upload adapter. */
export interface ComposerAttachments {
  readonly attachments: readonly Attachment[]
  readonly add: (files: readonly File[]) => void
  readonly remove: (id: string) => void
  readonly retry: (id: string) => void
  /** Forget every attachment (after a send); their previews now belong to the sent message. */
  readonly clear: () => void
}

/** Uploads each added file at once, with progress; a failed upload can be retried or removed. */
export function useComposerAttachments(): ComposerAttachments {
  const { upload } = useChatContext('ChatWidget')
  const [attachments, setAttachments] = useState<readonly Attachment[]>([])
  const files = useRef(new Map<string, { file: File; controller: AbortController }>())

  const patch = useCallback((id: string, change: Partial<Attachment>) => {
    setAttachments((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)))
  }, [])

  const start = useCallback(
    (id: string, file: File) => {
      const controller = new AbortController()
      files.current.set(id, { file, controller })
      patch(id, { state: { status: 'uploading', progress: 0 } })
      upload
        .upload(file, {
          signal: controller.signal,
          onProgress: (fraction) => {
            if (!controller.signal.aborted) patch(id, { state: { status: 'uploading', progress: fraction } })
          },
        })
        .then(
          (block) => {
            if (!controller.signal.aborted) patch(id, { state: { status: 'ready' }, block })
          },
          (error: unknown) => {
            if (controller.signal.aborted) return
            const message = error instanceof Error ? error.message : 'Upload failed'
            patch(id, { state: { status: 'failed', error: message } })
          },
        )
    },
    [upload, patch],
  )

  const add = useCallback(
    (added: readonly File[]) => {
      const created = added.map((file) => ({ file, attachment: createAttachment(file) }))
      setAttachments((list) => [...list, ...created.map(({ attachment }) => attachment)])
      for (const { file, attachment } of created) start(attachment.id, file)
    },
    [start],
  )

  const remove = useCallback((id: string) => {
    files.current.get(id)?.controller.abort()
    files.current.delete(id)
    setAttachments((list) => list.filter((item) => item.id !== id))
  }, [])

  const retry = useCallback(
    (id: string) => {
      const entry = files.current.get(id)
      if (entry) start(id, entry.file)
    },
    [start],
  )

  const clear = useCallback(() => {
    files.current.clear()
    setAttachments([])
  }, [])

  useEffect(() => {
    const pending = files.current
    return () => {
      for (const { controller } of pending.values()) controller.abort()
    }
  }, [])

  return { attachments, add, remove, retry, clear }
}
