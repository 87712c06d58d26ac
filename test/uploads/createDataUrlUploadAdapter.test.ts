import { describe, expect, it, vi } from 'vitest'
import { createDataUrlUploadAdapter, UploadError, type UploadAdapter } from '../../src/uploads/index.ts'

const png = (bytes = [137, 80, 78, 71]) => new File([new Uint8Array(bytes)], 'dot.png', { type: 'image/png' })
const options = () => ({
  onProgress: vi.fn<(fraction: number) => void>(),
  signal: new AbortController().signal,
})

describe('createDataUrlUploadAdapter', () => {
  it('inlines an image as an image_url block with a data URL and the file name', async () => {
    const opts = options()
    const block = await createDataUrlUploadAdapter().upload(png(), opts)
    expect(block).toEqual({
      type: 'image_url',
      image_url: { url: 'data:image/png;base64,iVBORw==' },
      name: 'dot.png',
    })
    expect(opts.onProgress).toHaveBeenLastCalledWith(1)
    for (const [fraction] of opts.onProgress.mock.calls) {
      expect(fraction).toBeGreaterThanOrEqual(0)
      expect(fraction).toBeLessThanOrEqual(1)
    }
  })

  it('refuses a non-image with a readable UploadError when there is no fallback', async () => {
    const pdf = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' })
    const upload = createDataUrlUploadAdapter().upload(pdf, options())
    await expect(upload).rejects.toBeInstanceOf(UploadError)
    await expect(upload).rejects.toMatchObject({
      code: 'unsupported-type',
      message: expect.stringContaining('report.pdf') as unknown,
    })
  })

  it('refuses an image over maxInlineBytes', async () => {
    const upload = createDataUrlUploadAdapter({ maxInlineBytes: 3 }).upload(png(), options())
    await expect(upload).rejects.toMatchObject({ code: 'too-large' })
  })

  it('hands non-images and large images to the fallback, with the same progress and signal', async () => {
    const fallback: UploadAdapter = {
      upload: vi.fn(() => Promise.resolve({ type: 'file' as const, file_id: 'f1' })),
    }
    const adapter = createDataUrlUploadAdapter({ maxInlineBytes: 3, fallback })
    const opts = options()
    const pdf = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' })
    await expect(adapter.upload(pdf, opts)).resolves.toEqual({ type: 'file', file_id: 'f1' })
    await expect(adapter.upload(png(), opts)).resolves.toEqual({ type: 'file', file_id: 'f1' })
    expect(fallback.upload).toHaveBeenCalledTimes(2)
    expect(fallback.upload).toHaveBeenCalledWith(pdf, opts)
  })

  it('rejects with code aborted when the signal is already aborted, or aborted during the read', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      createDataUrlUploadAdapter().upload(png(), { onProgress: () => {}, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'aborted' })

    const during = new AbortController()
    const upload = createDataUrlUploadAdapter().upload(png(new Array<number>(100_000).fill(1)), {
      onProgress: () => {},
      signal: during.signal,
    })
    during.abort()
    await expect(upload).rejects.toMatchObject({ code: 'aborted' })
  })
})
