import { describe, expect, it, vi } from 'vitest'
import type { RuntimeClient, UploadedFile } from '../../src/client/types.ts'
import { RuntimeError } from '../../src/client/RuntimeError.ts'
import { createRuntimeFilesUploadAdapter } from '../../src/uploads/index.ts'

type UploadFile = RuntimeClient['uploadFile']

/** A fake client whose upload reports two progress steps, then answers. */
function fakeClient(answer: Partial<UploadedFile> = {}) {
  const uploadFile = vi.fn<UploadFile>((file, options) => {
    options?.onProgress?.(0.25)
    options?.onProgress?.(0.75)
    return Promise.resolve({ id: 'file_123', name: file.name ?? '', raw: {}, ...answer })
  })
  return { uploadFile }
}

describe('createRuntimeFilesUploadAdapter', () => {
  it('uploads through client.uploadFile and returns a file block', async () => {
    const client = fakeClient({ mimeType: 'application/pdf', size: 4 })
    const file = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' })
    const onProgress = vi.fn()
    const signal = new AbortController().signal
    const block = await createRuntimeFilesUploadAdapter(client).upload(file, { onProgress, signal })
    expect(block).toEqual({
      type: 'file',
      file_id: 'file_123',
      name: 'report.pdf',
      mime_type: 'application/pdf',
      size: 4,
    })
    expect(client.uploadFile).toHaveBeenCalledWith(file, { onProgress, signal })
    expect(onProgress.mock.calls.map(([fraction]) => fraction as number)).toEqual([0.25, 0.75, 1])
  })

  it('turns images into file blocks too, filling type and size from the file when the server omits them', async () => {
    const client = fakeClient({ name: '' })
    const file = new File([new Uint8Array(10)], 'photo.jpg', { type: 'image/jpeg' })
    const block = await createRuntimeFilesUploadAdapter(client).upload(file, {
      onProgress: () => {},
      signal: new AbortController().signal,
    })
    expect(block).toEqual({
      type: 'file',
      file_id: 'file_123',
      name: 'photo.jpg',
      mime_type: 'image/jpeg',
      size: 10,
    })
  })

  it('does not call the client when the signal is already aborted', async () => {
    const client = fakeClient()
    const controller = new AbortController()
    controller.abort()
    const upload = createRuntimeFilesUploadAdapter(client).upload(new File(['x'], 'a.txt'), {
      onProgress: () => {},
      signal: controller.signal,
    })
    await expect(upload).rejects.toMatchObject({ code: 'aborted' })
    expect(client.uploadFile).not.toHaveBeenCalled()
  })

  it('passes client errors through unchanged', async () => {
    const failure = new RuntimeError({ code: 'payload_too_large', message: 'Too big', status: 413 })
    const client = { uploadFile: vi.fn<UploadFile>(() => Promise.reject(failure)) }
    const upload = createRuntimeFilesUploadAdapter(client).upload(new File(['x'], 'a.txt'), {
      onProgress: () => {},
      signal: new AbortController().signal,
    })
    await expect(upload).rejects.toBe(failure)
  })
})
