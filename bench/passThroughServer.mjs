// The floor of the proxy bench: a bare node:http pass-through with none of the proxy's checks (no origin, route,
// limits, cookie, redaction or JSON check), just the body read, the key added and the answer written back, over a
// keep-alive agent as the proxy's Node transport uses. What it adds over the upstream alone is what Node's HTTP
// server and client cost on this machine, which no proxy written on them can go under.
// `node bench/passThroughServer.mjs <upstream origin> <API key>`; reports `{ port }` and answers `'usage'` over IPC.
import { Agent, createServer, request } from 'node:http'

const [upstream, apiKey] = process.argv.slice(2)
const agent = new Agent({ keepAlive: true, scheduling: 'lifo' })
const { hostname, port } = new URL(upstream)

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    const headers = { 'x-api-key': apiKey, 'content-type': req.headers['content-type'] ?? 'application/json' }
    if (body.length > 0) headers['content-length'] = body.length
    const path = (req.url ?? '/').replace(/^\/api\/atthene\//, '/api/v1/')
    const outgoing = request({ host: hostname, port, path, method: req.method, headers, agent }, (answer) => {
      const parts = []
      answer.on('data', (chunk) => parts.push(chunk))
      answer.on('end', () => {
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' })
        res.end(Buffer.concat(parts))
      })
    })
    outgoing.on('error', () => {
      res.statusCode = 502
      res.end()
    })
    outgoing.end(body)
  })
})
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }))
process.on('message', (message) => {
  if (message?.type !== 'usage') return
  const { userCPUTime, systemCPUTime } = process.resourceUsage()
  process.send?.({
    id: message.id,
    usage: { ...process.memoryUsage(), cpuMs: (userCPUTime + systemCPUTime) / 1000 },
  })
})
process.on('disconnect', () => process.exit(0))
