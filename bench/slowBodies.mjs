// The slow-body attack of the proxy bench: many raw connections that each announce a large body, send part of
// it and then stall, holding whatever the server set aside for them.
import net from 'node:net'

/**
 * Opens `count` connections to `origin`, each sending `POST path` with `Content-Length: announce`, the first
 * `send` bytes of the body and then nothing, and records when and with what status the server answered each and
 * when it closed it (a connection reset before any answer counts as `no answer, ECONNRESET`). Resolves once every connection is closed, or after `waitMs` (the rest are then counted as
 * still open, and closed). `headers(index)` gives each connection its own headers.
 */
export function slowBodies({ origin, path, headers, count, announce, send, waitMs }) {
  const { hostname, port, host } = new URL(origin)
  const body = Buffer.alloc(send, 'x')
  const start = performance.now()
  const connections = Array.from({ length: count }, () => ({
    status: null,
    answeredMs: null,
    closedMs: null,
    error: null,
  }))
  const sockets = []

  return new Promise((resolve) => {
    let closed = 0
    let finished = false
    const finish = () => {
      if (finished) return
      finished = true
      clearTimeout(timer)
      const stillOpen = connections.filter((connection) => connection.closedMs === null).length
      for (const socket of sockets) socket.destroy()
      const statuses = {}
      for (const { status, error } of connections) {
        const key = status ?? (error ? `no answer, ${error}` : 'no answer')
        statuses[key] = (statuses[key] ?? 0) + 1
      }
      const answered = connections.map((c) => c.answeredMs).filter((ms) => ms !== null)
      const closedAt = connections.map((c) => c.closedMs).filter((ms) => ms !== null)
      resolve({
        count,
        announce,
        send,
        statuses,
        firstAnswerMs: answered.length ? Math.min(...answered) : null,
        lastAnswerMs: answered.length ? Math.max(...answered) : null,
        allClosedMs: stillOpen === 0 ? Math.max(...closedAt) : null,
        stillOpen,
      })
    }
    const timer = setTimeout(finish, waitMs)
    connections.forEach((connection, index) => {
      const socket = net.connect({ host: hostname, port: Number(port) })
      sockets.push(socket)
      const head = Object.entries({ host, 'content-length': announce, ...headers(index) })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')
      socket.on('connect', () => {
        socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`)
        if (send > 0) socket.write(body)
      })
      socket.on('data', (chunk) => {
        if (connection.status !== null) return
        connection.status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString('latin1'))?.[1] ?? 0)
        connection.answeredMs = performance.now() - start
      })
      // ECONNRESET: the server closed the connection with body bytes unread, and its answer may be lost with it.
      socket.on('error', (error) => {
        connection.error ??= error.code ?? error.message
      })
      socket.on('close', () => {
        connection.closedMs = performance.now() - start
        closed += 1
        if (closed === count) finish()
      })
    })
  })
}
