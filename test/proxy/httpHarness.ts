import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { createRuntimeProxy, toNodeHandler } from '../../src/proxy/index.ts'
import type { NodeHandlerOptions, RuntimeProxyOptions } from '../../src/proxy/index.ts'

/** A request the logging upstream received. */
export interface LoggedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

/** Listens on a free port of 127.0.0.1; `close` also ends open connections. */
export async function listen(server: Server): Promise<{ port: number; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return { port: (server.address() as AddressInfo).port, close }
}

/** An upstream on 127.0.0.1 that logs every request (with its body) and answers with `respond`. */
export async function startUpstream(
  respond: (request: LoggedRequest, res: ServerResponse) => void = (_request, res) => {
    res.setHeader('content-type', 'application/json')
    res.end('{"ok":true}')
  },
) {
  const log: LoggedRequest[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      log.push(request)
      respond(request, res)
    })
  })
  const { port, close } = await listen(server)
  return { log, baseUrl: `http://127.0.0.1:${port}/api/v1`, close }
}

/** The built proxy behind `toNodeHandler`, on a free port of 127.0.0.1. */
export async function startProxy(
  options: Omit<RuntimeProxyOptions, 'allowedOrigins'> & Partial<RuntimeProxyOptions>,
  nodeOptions?: NodeHandlerOptions,
) {
  const proxy = createRuntimeProxy({ allowedOrigins: [], ...options })
  const server = createServer(toNodeHandler(proxy, nodeOptions))
  const { port, close } = await listen(server)
  return { port, origin: `http://127.0.0.1:${port}`, close }
}

/** What came back on a raw socket. */
export interface RawResponse {
  /** 0 when no status line arrived. */
  readonly status: number
  readonly headers: Record<string, string>
  readonly body: string
  /** Milliseconds from the first byte sent to the end of the response (or the give-up). */
  readonly elapsedMs: number
  /** Whether the server closed or reset the connection. */
  readonly closed: boolean
}

function parse(text: string, elapsedMs: number, closed: boolean): RawResponse {
  const end = text.indexOf('\r\n\r\n')
  if (end < 0) return { status: 0, headers: {}, body: '', elapsedMs, closed }
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  let body = text.slice(end + 4)
  if (headers['transfer-encoding'] === 'chunked') {
    let decoded = ''
    for (;;) {
      const lineEnd = body.indexOf('\r\n')
      const size = parseInt(body.slice(0, lineEnd), 16)
      if (!(size > 0)) break
      decoded += body.slice(lineEnd + 2, lineEnd + 2 + size)
      body = body.slice(lineEnd + 2 + size + 2)
    }
    body = decoded
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body, elapsedMs, closed }
}

/** The response is complete once its head arrived and its body is as long as announced. */
function complete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n')
  if (end < 0) return false
  const head = text.slice(0, end).toLowerCase()
  if (/^http\/1\.1 (204|304)/.test(head)) return true
  const length = /content-length:\s*(\d+)/.exec(head)
  if (length) return Buffer.byteLength(text.slice(end + 4)) >= Number(length[1])
  if (head.includes('transfer-encoding: chunked')) return text.endsWith('0\r\n\r\n')
  return false
}

/**
 * Writes `head` (and then each of `chunks`) on a raw socket, exactly as given, and keeps the socket open (a
 * stalled body) until the response is complete, the server closes, or `giveUpMs` passes.
 */
export function rawRequest(
  port: number,
  head: string,
  chunks: readonly (string | Uint8Array)[] = [],
  giveUpMs = 3000,
): Promise<RawResponse> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket = connect(port, '127.0.0.1')
    let text = ''
    let settled = false
    const finish = (closed: boolean) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(parse(text, Date.now() - started, closed))
    }
    const timer = setTimeout(() => finish(false), giveUpMs)
    socket.on('data', (data: Buffer) => {
      text += data.toString('latin1')
      if (complete(text)) finish(false)
    })
    socket.on('close', () => finish(true))
    socket.on('error', () => finish(true))
    socket.write(head.replace(/\n/g, '\r\n') + '\r\n')
    for (const chunk of chunks) socket.write(chunk)
  })
}

/** A request head for `rawRequest`: the request line and headers, CRLF-separated by `rawRequest`. */
export function requestHead(
  method: string,
  path: string,
  headers: Record<string, string | number> = {},
): string {
  const lines = [
    `${method} ${path} HTTP/1.1`,
    ...Object.entries({ host: '127.0.0.1', ...headers }).map(([n, v]) => `${n}: ${v}`),
  ]
  return lines.join('\n') + '\n'
}

/** A key with upper case, `+` and `/`, so that its lower-case, URL-encoded and base64 forms all differ from it. */
export const SECRET_KEY = 'sk-Live_3B9f+2C71/a0D64e85QzR'
