import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/** Where `demo/standalone.html` finds the standalone build (e2e/standalone.setup.ts builds it there). */
export const STANDALONE_DIR = fileURLToPath(new URL('../node_modules/.cache/acw-standalone', import.meta.url))

/** Serves the built standalone files at `/standalone-dist/`, as they are (Vite must not transform them). */
export function standaloneDistPlugin(): Plugin {
  return {
    name: 'atthene-standalone-dist',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://local')
        if (!url.pathname.startsWith('/standalone-dist/')) return next()
        const name = path.basename(url.pathname)
        readFile(path.join(STANDALONE_DIR, name)).then(
          (body) => {
            res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
            res.end(body)
          },
          () => {
            res.writeHead(404, { 'content-type': 'text/plain' })
            res.end('Not built: see demo/standalone.html')
          },
        )
      })
    },
  }
}
