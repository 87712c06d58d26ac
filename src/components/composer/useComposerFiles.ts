import { useCallback, useState, type ClipboardEvent } from 'react'
import { useDropzone } from 'react-dropzone'
import type { ChatLabels } from '../labels/ChatLabels.ts'
import type { RejectionMessages } from '../attachments/describeRejection.ts'
import { validateFiles, type FileRejection } from '../attachments/validateFiles.ts'

/** What the composer needs to take files from a drop, a paste or the picker. */
export interface ComposerFilesOptions {
  readonly existing: number
  readonly enabled: boolean
  readonly accept?: string | readonly string[]
  readonly maxSize?: number
  readonly minSize?: number
  readonly maxFiles?: number
  readonly messages?: RejectionMessages
  readonly labels: ChatLabels
  readonly onAddFiles?: (files: File[]) => void
  readonly onReject?: (rejections: FileRejection[]) => void
}

/** Validation, rejection list state and the dropzone, shared by drop, paste and the attach button. */
export function useComposerFiles(options: ComposerFilesOptions) {
  const { existing, enabled, accept, maxSize, minSize, maxFiles, messages, labels, onAddFiles, onReject } =
    options
  const [rejections, setRejections] = useState<readonly FileRejection[]>([])

  const addFiles = useCallback(
    (files: readonly File[]) => {
      if (!enabled || files.length === 0) return
      const result = validateFiles(files, existing, { accept, maxSize, minSize, maxFiles, messages, labels })
      if (result.accepted.length > 0) onAddFiles?.(result.accepted)
      if (result.rejections.length > 0) {
        setRejections((current) => [...current, ...result.rejections])
        onReject?.(result.rejections)
      }
    },
    [enabled, existing, accept, maxSize, minSize, maxFiles, messages, labels, onAddFiles, onReject],
  )

  const dropzone = useDropzone({
    onDrop: (accepted: File[]) => addFiles(accepted),
    noClick: true,
    noKeyboard: true,
    // Paste is handled by the composer itself, so text pasted together with files is kept.
    noPaste: true,
    disabled: !enabled,
    multiple: true,
  })

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      const files = Array.from(event.clipboardData.files)
      if (!enabled || files.length === 0) return
      // Keep pasted text (e.g. cells from a spreadsheet, which also carry an image of themselves).
      if (event.clipboardData.getData('text/plain').trim() === '') event.preventDefault()
      addFiles(files)
    },
    [enabled, addFiles],
  )

  const dismissRejection = useCallback((rejection: FileRejection) => {
    setRejections((current) => current.filter((entry) => entry !== rejection))
  }, [])

  return { ...dropzone, addFiles, onPaste, rejections, dismissRejection }
}
