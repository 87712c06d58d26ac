import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'

// E2E_PORT lets two checkouts run their end-to-end suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317)

/** End-to-end tests: the demo app (widget + reference runtime in the dev server) in real Chromium. */
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'demo', testIgnore: /standalone\.setup\.ts/ },
    { name: 'standalone-build', testMatch: /standalone\.setup\.ts/ },
    {
      // The same suites against demo/standalone.html: dist/widget.js (the loader) and its Preact chat.
      name: 'standalone',
      dependencies: ['standalone-build'],
      testMatch: /\/(widget|faults|hostile)\.spec\.ts$/,
      // The dev-server proxy test starts a demo dev server of its own and opens its page (the React demo, not this
      // baseURL): it is about the demo app's server, not about the widget build.
      grepInvert: /the API key with the dev server proxy/,
      use: { baseURL: `http://127.0.0.1:${PORT}/standalone.html` },
    },
  ],
  webServer: {
    command: `npx vite --config demo/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
