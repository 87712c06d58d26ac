import { useEffect, useRef } from 'react'
import type { Attachment } from '../../store/types.ts'

const isObjectUrl = (url: string | undefined): url is string => url?.startsWith('blob:') === true

/**
 * Revoke the `blob:` preview URL of every attachment that leaves the list, and of all of them on unmount.
 * The unmount revoke waits a tick, so React's StrictMode remount in development does not break previews.
 */
export function useRevokePreviewUrls(attachments: readonly Attachment[], enabled: boolean): void {
  // One stable box, so the unmount cleanup sees the latest set.
  const box = useRef({
    shown: new Set<string>(),
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
  })

  useEffect(() => {
    const state = box.current
    const current = new Set(attachments.map((attachment) => attachment.previewUrl).filter(isObjectUrl))
    if (enabled) {
      for (const url of state.shown) if (!current.has(url)) URL.revokeObjectURL(url)
    }
    state.shown = current
  }, [attachments, enabled])

  useEffect(() => {
    const state = box.current
    clearTimeout(state.timer)
    if (!enabled) return
    return () => {
      state.timer = setTimeout(() => {
        for (const url of state.shown) URL.revokeObjectURL(url)
      }, 0)
    }
  }, [enabled])
}
