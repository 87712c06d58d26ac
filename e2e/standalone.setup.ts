import { execFileSync } from 'node:child_process'
import { test } from '@playwright/test'

// Builds the standalone widget (vite.widget.config.ts) from the current sources for the `standalone` project,
// into the directory the demo dev server serves at /standalone-dist/ (demo/standaloneDistPlugin.ts).
test('build the standalone widget', () => {
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '-c',
      'vite.widget.config.ts',
      '--outDir',
      'node_modules/.cache/acw-standalone',
      '--emptyOutDir',
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  )
})
