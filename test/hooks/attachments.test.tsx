import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ChatProvider } from '../../src/hooks/ChatProvider.tsx'
import type { UploadAdapter } from '../../src/hooks/UploadAdapter.ts'
import { useChat } from '../../src/hooks/useChat.ts'
import { setup } from './harness.tsx'

describe('attachments', () => {
  it('uploads files through the adapter, reports progress, then sends text and file blocks', async () => {
    const { runtime, client, queryClient, store } = setup()
    const upload: UploadAdapter = {
      upload: vi.fn<UploadAdapter['upload']>(async (file, { onProgress }) => {
        onProgress(0.5)
        await new Promise((resolve) => setTimeout(resolve, 300))
        return { type: 'file' as const, url: `https://files.example/${file.name}`, name: file.name }
      }),
    }
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <ChatProvider client={client} queryClient={queryClient} store={store} upload={upload}>
        {children}
      </ChatProvider>
    )
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' })
    act(() => {
      result.current.send({ text: 'see attached', files: [file] })
    })
    expect(result.current.messages[0]!.attachments).toMatchObject([{ name: 'notes.txt', size: 5 }])
    await waitFor(() =>
      expect(result.current.messages[0]!.attachments?.[0]!.state).toEqual({
        status: 'uploading',
        progress: 0.5,
      }),
    )
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(runtime.executions[0]!.content).toEqual([
      { type: 'text', text: 'see attached' },
      { type: 'file', url: 'https://files.example/notes.txt', name: 'notes.txt' },
    ])
    expect(result.current.messages[0]!.attachments?.[0]!.state).toEqual({ status: 'ready' })
  })

  it('sends an attachment without text, and an image inline by default', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    const image = new File([new Uint8Array([1, 2, 3])], 'dot.png', { type: 'image/png' })
    act(() => {
      expect(result.current.send({ text: '', files: [image] })).toEqual(expect.any(String))
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(runtime.executions[0]!.content).toEqual([
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AQID' } },
    ])
  })

  it('uploads other files through POST /files/ by default and sends a file_id block', async () => {
    const { runtime, wrapper } = setup()
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    act(() => {
      result.current.send({
        text: 'the report',
        files: [new File(['a,b'], 'report.csv', { type: 'text/csv' })],
      })
    })
    await waitFor(() => expect(result.current.messages).toHaveLength(2))
    expect(runtime.requestCounts.files).toBe(1)
    expect(runtime.executions[0]!.content).toEqual([
      { type: 'text', text: 'the report' },
      expect.objectContaining({ type: 'file', file_id: expect.any(String) as unknown }),
    ])
  })

  it('fails the message, keeping it, when an upload fails', async () => {
    const { client, queryClient, store, runtime } = setup()
    const upload: UploadAdapter = { upload: () => Promise.reject(new Error('disk full')) }
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <ChatProvider client={client} queryClient={queryClient} store={store} upload={upload}>
        {children}
      </ChatProvider>
    )
    const { result } = renderHook(() => useChat({ sessionId: 's1' }), { wrapper })
    act(() => {
      result.current.send({ text: 'with file', files: [new File(['x'], 'x.txt')] })
    })
    await waitFor(() => expect(result.current.messages[0]!.delivery?.status).toBe('failed'))
    expect(result.current.messages[0]!.attachments?.[0]!.state).toEqual({
      status: 'failed',
      error: 'disk full',
    })
    expect(result.current.error).toMatchObject({ code: 'invalid_request', message: 'disk full' })
    expect(runtime.executions).toHaveLength(0)
  })
})
