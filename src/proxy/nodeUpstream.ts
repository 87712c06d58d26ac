import type { IncomingMessage } from 'node:http'
import type { AbortHook } from './createAbort.ts'
import {
  exchangeUpstream,
  type OpenedResponse,
  type UpstreamRequest,
  type UpstreamTransport,
} from './exchangeUpstream.ts'
import { nodeBodyReader } from './nodeBodyReader.ts'
import { nodeHeader } from './nodeHeader.ts'

/** The parts of `node:http` / `node:https` the transport uses. */
export interface NodeHttpModule {
  readonly Agent: typeof import('node:http').Agent
  readonly request: typeof import('node:http').request
}

/**
 * The Node transport of `toNodeHandler`: `node:http` / `node:https` over keep-alive agents (one per adapter), under
 * the same limits as the fetch transport (`exchangeUpstream`). Node's `fetch` costs several times a plain
 * `http.request` per exchange, and the upstream answers each visitor's every request.
 */
export function nodeUpstream(http: NodeHttpModule, https: NodeHttpModule): UpstreamTransport {
  const modules = {
    'http:': { module: http, agent: new http.Agent({ keepAlive: true, scheduling: 'lifo' }) },
    'https:': { module: https, agent: new https.Agent({ keepAlive: true, scheduling: 'lifo' }) },
  }
  return (request, limits, onClientGone) => {
    const url = new URL(request.url)
    const { module, agent } = url.protocol === 'https:' ? modules['https:'] : modules['http:']
    const headers =
      request.body === undefined
        ? request.headers
        : { ...request.headers, 'content-length': String(request.body.byteLength) }
    const send = (onAbort: AbortHook, retry: boolean) =>
      new Promise<OpenedResponse>((resolve, reject) => {
        let aborted = false
        const outgoing = module.request(url, { method: request.method, headers, agent }, (response) =>
          resolve(opened(response)),
        )
        // The exchange's own abort, which ends with it: nothing to unsubscribe.
        onAbort(() => {
          aborted = true
          outgoing.destroy(new Error('The exchange was aborted.'))
        })
        outgoing.on('error', (error: NodeJS.ErrnoException) => {
          // A kept-alive socket the upstream closed meanwhile: a read is sent again once on a new one.
          if (retry && outgoing.reusedSocket && error.code === 'ECONNRESET' && !aborted) {
            resolve(send(onAbort, false))
          } else reject(error)
        })
        outgoing.end(request.body)
      })
    return exchangeUpstream((onAbort) => send(onAbort, isRead(request)), limits, onClientGone)
  }
}

const isRead = (request: UpstreamRequest) => request.method === 'GET' || request.method === 'HEAD'

function opened(response: IncomingMessage): OpenedResponse {
  const { reader } = nodeBodyReader(response)
  return {
    status: response.statusCode ?? 0,
    headers: { get: (name) => nodeHeader(response.headers, name.toLowerCase()) },
    read: reader.read,
    cancel: () => response.destroy(),
  }
}
