import { UploadError } from './UploadAdapter.ts'

/** Read a file as a `data:` URL, reporting progress; aborting the signal aborts the read. */
export function readAsDataUrl(
  file: Blob & { readonly name?: string },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const name = file.name ?? 'file'
    if (signal.aborted) {
      reject(new UploadError('aborted', `Reading “${name}” was cancelled.`))
      return
    }
    const reader = new FileReader()
    const onAbort = () => reader.abort()
    signal.addEventListener('abort', onAbort, { once: true })
    const settle = () => signal.removeEventListener('abort', onAbort)
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total))
    }
    reader.onload = () => {
      settle()
      if (typeof reader.result !== 'string') {
        reject(new UploadError('read-failed', `“${name}” could not be read.`))
        return
      }
      onProgress(1)
      resolve(reader.result)
    }
    reader.onerror = () => {
      settle()
      reject(new UploadError('read-failed', `“${name}” could not be read.`, { cause: reader.error }))
    }
    reader.onabort = () => {
      settle()
      reject(new UploadError('aborted', `Reading “${name}” was cancelled.`))
    }
    reader.readAsDataURL(file)
  })
}
