import { spawn } from 'node:child_process'
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'
import type { RedisCommandClient } from '../../src/proxy/index.ts'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** A minimal RESP2 client over node:net: enough to pass Redis commands and read their replies. */
export function connectRedis(port: number): Promise<RedisCommandClient & { close(): void }> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1')
    let buffer = Buffer.alloc(0)
    const waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = []

    /** One reply from `buffer` at `offset`, or `undefined` when it is not all there yet. */
    const parse = (offset: number): { value: unknown; next: number } | undefined => {
      const lineEnd = buffer.indexOf('\r\n', offset)
      if (lineEnd < 0) return undefined
      const type = String.fromCharCode(buffer[offset]!)
      const line = buffer.toString('utf8', offset + 1, lineEnd)
      switch (type) {
        case '+':
          return { value: line, next: lineEnd + 2 }
        case '-':
          return { value: new Error(line), next: lineEnd + 2 }
        case ':':
          return { value: Number(line), next: lineEnd + 2 }
        case '$': {
          const length = Number(line)
          if (length < 0) return { value: null, next: lineEnd + 2 }
          if (buffer.length < lineEnd + 2 + length + 2) return undefined
          return {
            value: buffer.toString('utf8', lineEnd + 2, lineEnd + 2 + length),
            next: lineEnd + 4 + length,
          }
        }
        case '*': {
          const items: unknown[] = []
          let next = lineEnd + 2
          for (let index = 0; index < Number(line); index++) {
            const item = parse(next)
            if (!item) return undefined
            items.push(item.value)
            next = item.next
          }
          return { value: items, next }
        }
        default:
          throw new Error(`unexpected RESP type ${type}`)
      }
    }

    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data])
      for (;;) {
        const reply = parse(0)
        if (!reply) break
        buffer = buffer.subarray(reply.next)
        const pending = waiting.shift()
        if (reply.value instanceof Error) pending?.reject(reply.value)
        else pending?.resolve(reply.value)
      }
    })
    socket.once('error', reject)
    socket.once('connect', () =>
      resolve({
        sendCommand(args) {
          const parts = args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`)
          socket.write(`*${args.length}\r\n${parts.join('')}`)
          return new Promise((resolve, reject) => waiting.push({ resolve, reject }))
        },
        close: () => socket.destroy(),
      }),
    )
  })
}

/** Starts Debian's `redis-server` on a free port of 127.0.0.1, without persistence; `stop` kills it by its PID. */
export async function startRedisServer() {
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  )
  const exited = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(new Error(`redis-server did not start (${error.message}); .ci/run installs it`)),
    ),
  )
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid)
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const client = await Promise.race([connectRedis(port), exited])
      await client.sendCommand(['PING'])
      client.close()
      return { port, pid: child.pid, stop }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('redis-server did not start')) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  stop()
  throw new Error('redis-server did not answer PING')
}
