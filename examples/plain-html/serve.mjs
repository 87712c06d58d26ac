// Serves this example and the reference runtime on one origin, so the page needs no key and no CORS:
//   npm run build && node examples/plain-html/serve.mjs   →   http://127.0.0.1:8080/examples/plain-html/
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toNodeHandler } from '../../dist/proxy.js'
import { createMockRuntime } from '../../dist/testing.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const port = Number(process.env.PORT ?? 8080)
const runtime = createMockRuntime({ latencyMs: [300, 800], autoCreateSessions: true })
const api = toNodeHandler(runtime.handle)
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }

createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://local').pathname
  if (path.startsWith('/api/v1/')) return api(req, res)
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
  const allowed = [join(root, 'examples'), join(root, 'dist')].some((dir) => file.startsWith(dir + sep))
  try {
    if (!allowed) throw new Error('not served')
    const body = await readFile(file)
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('Not found')
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${port}/examples/plain-html/`)
})
