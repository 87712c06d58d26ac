import { describe, expect, it } from 'vitest'
import { getSendBlock } from '../../../src/components/composer/getSendBlock.ts'
import { isSendKey } from '../../../src/components/composer/isSendKey.ts'
import type { Attachment, AttachmentState } from '../../../src/store/types.ts'

const attachment = (state: AttachmentState): Attachment => ({
  id: '1',
  name: 'a.png',
  mimeType: 'image/png',
  size: 1,
  state,
})
const base = { text: 'hi', attachments: [], maxLength: 10, disabled: false, secondsLeft: 0 }

describe('isSendKey', () => {
  it('sends on Enter, not on Shift+Enter or other keys', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false })).toBe(true)
    expect(isSendKey({ key: 'Enter', shiftKey: true })).toBe(false)
    expect(isSendKey({ key: 'a', shiftKey: false })).toBe(false)
  })

  it('never sends while an IME composes', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false, nativeEvent: { isComposing: true } })).toBe(false)
    expect(isSendKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe(false)
    expect(isSendKey({ key: 'Enter', shiftKey: false, keyCode: 229 })).toBe(false)
    expect(isSendKey({ key: 'Enter', shiftKey: false }, true)).toBe(false)
  })
})

describe('getSendBlock', () => {
  it('allows text within the limit', () => {
    expect(getSendBlock(base)).toBeUndefined()
  })

  it('blocks empty and whitespace-only text without attachments, but not attachments alone', () => {
    expect(getSendBlock({ ...base, text: '  \n ' })).toBe('empty')
    expect(
      getSendBlock({ ...base, text: '', attachments: [attachment({ status: 'ready' })] }),
    ).toBeUndefined()
  })

  it('blocks text over the limit', () => {
    expect(getSendBlock({ ...base, text: 'x'.repeat(11) })).toBe('too-long')
    expect(getSendBlock({ ...base, text: 'x'.repeat(10) })).toBeUndefined()
  })

  it('blocks while attachments are pending or uploading, and when one failed', () => {
    expect(getSendBlock({ ...base, attachments: [attachment({ status: 'pending' })] })).toBe('uploading')
    expect(getSendBlock({ ...base, attachments: [attachment({ status: 'uploading', progress: 0.5 })] })).toBe(
      'uploading',
    )
    expect(getSendBlock({ ...base, attachments: [attachment({ status: 'failed', error: 'x' })] })).toBe(
      'upload-failed',
    )
  })

  it('puts disabled first, then the rate limit', () => {
    expect(getSendBlock({ ...base, text: '', disabled: true, secondsLeft: 3 })).toBe('disabled')
    expect(getSendBlock({ ...base, text: '', secondsLeft: 3 })).toBe('rate-limited')
  })
})
