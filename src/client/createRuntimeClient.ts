import { createRequest } from './createRequest.ts'
import { createSessionQueue } from './createSessionQueue.ts'
import { parseExecuteResult } from './parseExecuteResult.ts'
import { parseMessagePage } from './parseMessagePage.ts'
import { parseSessionInfo } from './parseSessionInfo.ts'
import { parseSessionStatus } from './parseSessionStatus.ts'
import { parseUploadedFile } from './parseUploadedFile.ts'
import { toRuntimeError } from './toRuntimeError.ts'
import type { RuntimeClient, RuntimeClientOptions } from './types.ts'
import { checkContent, idPath, isText } from './validateInput.ts'
import { xhrSend } from './xhrSend.ts'
import { randomId } from './randomId.ts'

/**
 * Creates the framework-free Session Runtime client. Every method rejects only with a `RuntimeError`.
 * @example
 * const client = createRuntimeClient({ baseUrl: '/api/atthene' })
 * const { reply } = await client.executeMessage(sessionId, { content: 'Hello' })
 */
export function createRuntimeClient(options: RuntimeClientOptions = {}): RuntimeClient {
  const baseUrl = (options.baseUrl ?? 'https://api-be.atthene.com/api/v1').replace(/\/+$/, '')
  const request = createRequest(options, baseUrl)
  const queue = createSessionQueue()

  return {
    baseUrl,
    clockOffsetMs: request.clockOffsetMs,

    async executeMessage(sessionId, input, { signal, retry } = {}) {
      const correlationId = input?.correlationId ?? randomId()
      try {
        const path = idPath('/runtime/', sessionId, 'execute/')
        const body = {
          content: checkContent(input.content),
          correlation_id: correlationId,
          inputs: input.inputs,
        }
        const call = {
          method: 'POST',
          path,
          body,
          correlationId,
          signal,
          retry,
          parse: parseExecuteResult,
        } as const
        const result = await queue.run(sessionId, () => request(call), signal)
        return { ...result, correlationId: result.correlationId ?? correlationId }
      } catch (error) {
        throw toRuntimeError(error, correlationId)
      }
    },

    getMessages: async (sessionId, { limit = 50, offset = 0 } = {}, { signal } = {}) =>
      request({
        method: 'GET',
        path: `${idPath('/runtime/', sessionId, 'messages/')}?limit=${limit}&offset=${offset}`,
        signal,
        parse: (json) => parseMessagePage(json, { limit, offset }),
      }),

    getStatus: async (sessionId, { signal } = {}) =>
      request({
        method: 'GET',
        path: idPath('/runtime/', sessionId, 'status/'),
        signal,
        parse: (json) => parseSessionStatus(json, sessionId),
      }),

    createSession: (body, { signal } = {}) =>
      request({ method: 'POST', path: '/sessions/', body, signal, parse: parseSessionInfo }),

    // The agent-key form is a GET that creates a session: not idempotent either, so `write`.
    createSessionFromAgent: async (agent, { signal } = {}) =>
      'agentKey' in agent && isText(agent.agentKey)
        ? request({
            method: 'GET',
            path: `/sessions/from-agent/?agent_key=${encodeURIComponent(agent.agentKey)}`,
            write: true,
            signal,
            parse: parseSessionInfo,
          })
        : request({
            method: 'POST',
            path: idPath('/sessions/from-agent/', (agent as { agentId: string }).agentId),
            signal,
            parse: parseSessionInfo,
          }),

    getSession: async (sessionId, { signal } = {}) =>
      request({ method: 'GET', path: idPath('/sessions/', sessionId), signal, parse: parseSessionInfo }),

    async uploadFile(file, { signal, onProgress } = {}) {
      const body = new FormData()
      body.append('file', file, file.name)
      const uploaded = await request({
        method: 'POST',
        path: '/files/',
        body,
        signal,
        // XHR reports upload progress; an injected fetch wins (tests, proxies).
        send: typeof XMLHttpRequest === 'function' && !options.fetch ? xhrSend(onProgress) : undefined,
        parse: (json) => parseUploadedFile(json, file),
      })
      onProgress?.(1)
      return uploaded
    },
  }
}
