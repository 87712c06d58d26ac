import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Route } from '@playwright/test'

/**
 * Builds the standalone widget from the current sources with vite.widget.config.ts (the config of dist/widget.js)
 * into a temporary directory; returns its files by name: `widget.js` (the loader), `widget-chat.js`, the chunks.
 */
export function buildStandalone(): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'acw-widget-'))
  try {
    execFileSync(
      'npx',
      ['vite', 'build', '-c', 'vite.widget.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
      {
        env: { ...process.env, NODE_ENV: 'production' },
      },
    )
    const files = new Map<string, string>()
    for (const name of readdirSync(outDir).filter((file) => file.endsWith('.js')))
      files.set(name, readFileSync(join(outDir, name), 'utf8'))
    return files
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** The file name of a request for one of the built files (`…/dist/widget-chat.js?retry=1` → `widget-chat.js`). */
export const fileNameOf = (url: string): string => new URL(url).pathname.split('/').pop() ?? ''

/**
 * Serves `files` for every request under `/dist/` (404 for others). `intercept` may answer a request itself
 * (fail it, delay it) by returning true.
 */
export async function serveStandalone(
  page: Page,
  files: Map<string, string>,
  intercept: (route: Route, name: string) => Promise<boolean> | boolean = () => false,
): Promise<void> {
  await page.route('**/dist/widget*.js*', async (route) => {
    const name = fileNameOf(route.request().url())
    if (await intercept(route, name)) return
    const body = files.get(name)
    await (body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body, contentType: 'text/javascript' }))
  })
}
