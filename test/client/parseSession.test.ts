import { describe, expect, it } from 'vitest'
import { parseSessionInfo, parseSessionStatus, type RuntimeError } from '../../src/client/index.ts'
import { parseUploadedFile } from '../../src/client/parseUploadedFile.ts'

const invalid = expect.objectContaining({ code: 'invalid_response' }) as RuntimeError

describe('parseSessionStatus', () => {
  it('reads the documented status', () => {
    const body = {
      session_id: 's1',
      status: 'processing',
      message_count: 12,
      last_activity: '2025-01-15T10:30:00Z',
      created_at: '2025-01-15T10:00:00Z',
      health: 'healthy',
    }
    expect(parseSessionStatus(body)).toEqual({
      sessionId: 's1',
      status: 'processing',
      isProcessing: true,
      messageCount: 12,
      lastActivity: Date.parse('2025-01-15T10:30:00Z'),
      createdAt: Date.parse('2025-01-15T10:00:00Z'),
      health: 'healthy',
      raw: body,
    })
  })

  it('keeps unknown states, and uses the requested id when the body has none', () => {
    expect(parseSessionStatus({ status: 'hibernating' }, 's2')).toMatchObject({
      sessionId: 's2',
      status: 'hibernating',
      isProcessing: false,
    })
  })

  it.each([[null], [{}], [{ status: 3 }], ['active']])('throws invalid_response for %j', (body) => {
    expect(() => parseSessionStatus(body)).toThrow(invalid)
  })
})

describe('parseSessionInfo', () => {
  it('reads each documented session response', () => {
    expect(parseSessionInfo({ success: true, session_id: 's1', config_hash: 'h' })).toMatchObject({
      sessionId: 's1',
      configHash: 'h',
    })
    expect(
      parseSessionInfo({ success: true, session_id: 's2', agent_id: 'a1', config_hash: 'h' }),
    ).toMatchObject({
      agentId: 'a1',
    })
    expect(
      parseSessionInfo({
        session_id: 's3',
        agent_key: 'support',
        created_at: '2025-01-15T10:30:00Z',
        status: 'active',
      }),
    ).toMatchObject({ agentKey: 'support', createdAt: Date.parse('2025-01-15T10:30:00Z'), status: 'active' })
  })

  it.each([[null], [{ success: true }], [{ session_id: {} }], [{ session_id: 's', config_hash: 5 }]])(
    'throws invalid_response for %j',
    (body) => {
      expect(() => parseSessionInfo(body)).toThrow(invalid)
    },
  )
})

describe('parseUploadedFile', () => {
  const file = new File(['abc'], 'notes.txt', { type: 'text/plain' })

  it('reads the documented file object', () => {
    const body = {
      id: 'file_1',
      original_filename: 'n.txt',
      file_type: 'document',
      size_bytes: 3,
      status: 'uploading',
    }
    expect(parseUploadedFile(body, file)).toEqual({
      id: 'file_1',
      name: 'n.txt',
      mimeType: 'text/plain',
      size: 3,
      status: 'uploading',
      raw: body,
    })
  })

  it('fills the name and size from the file, and throws invalid_response without an id', () => {
    expect(parseUploadedFile({ id: 9 }, file)).toMatchObject({ id: '9', name: 'notes.txt', size: 3 })
    expect(() => parseUploadedFile({ name: 'x' }, file)).toThrow(invalid)
  })
})
