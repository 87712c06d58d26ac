// The proxy bench's stand-in for the Session Runtime API, run as a child process by bench/proxy.mjs: a
// node:http server on 127.0.0.1 that answers the chat's routes at once with small JSON, and 401 without the
// API key. Reports `{ port }` over IPC when listening, and answers `'usage'` with its CPU time.
import { createServer } from 'node:http'

const API_KEY = process.argv[2]
const SESSION_ID = 'sess_bench_0001'

const json = (res, status, value) => {
  const text = JSON.stringify(value)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

const status = () => ({
  session_id: SESSION_ID,
  status: 'active',
  message_count: 12,
  last_activity: new Date().toISOString(),
  created_at: '2026-11-25T09:00:00.000Z',
  health: 'healthy',
})

const executed = () => ({
  success: true,
  message_id: `msg_${Date.now()}`,
  response: { content: 'Your order ships tomorrow; the tracking link follows by email.', tool_calls: [] },
  correlation_id: null,
})

/** Answers once the request body has arrived (the proxy sends it whole). */
function answer(req, res) {
  const path = new URL(req.url ?? '/', 'http://upstream').pathname
  if (req.headers['x-api-key'] !== API_KEY) return json(res, 401, { detail: 'Invalid API key.' })
  if (req.method === 'GET' && /^\/api\/v1\/runtime\/[\w-]+\/status\/$/.test(path))
    return json(res, 200, status())
  if (req.method === 'POST' && /^\/api\/v1\/runtime\/[\w-]+\/execute\/$/.test(path))
    return json(res, 200, executed())
  if (req.method === 'POST' && path === '/api/v1/sessions/')
    return json(res, 201, { success: true, session_id: SESSION_ID, config_hash: 'bench' })
  if (req.method === 'POST' && path === '/api/v1/files/') return json(res, 201, { id: 'file_bench_0001' })
  return json(res, 404, { detail: 'Not found.' })
}

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  req.resume()
  req.on('end', () => answer(req, res))
})
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }))
process.on('message', (message) => {
  if (message?.type !== 'usage') return
  const { userCPUTime, systemCPUTime } = process.resourceUsage()
  process.send?.({ id: message.id, usage: { cpuMs: (userCPUTime + systemCPUTime) / 1000 } })
})
process.on('disconnect', () => process.exit(0))
