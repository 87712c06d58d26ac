import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { chromiumLaunchOptions } from './chromium.ts'

/** A new browser config per project: two projects cannot share one object. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
})

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.app.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          setupFiles: ['./test/setup.browser.ts'],
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      {
        extends: true,
        // Every story is a test: it renders, runs its play function and must have no axe violation.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // Each story also gets a light and a dark screenshot, compared with stories/__screenshots__/.
          setupFiles: ['./.storybook/vitest.setup.ts'],
          browser: {
            ...browser(),
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
                // One baseline per story and theme, the same on every Linux machine (fonts pinned in visual.css).
                resolveScreenshotPath: ({ arg, ext, root, testFileName }) =>
                  `${root}/stories/__screenshots__/${testFileName.replace(/\.stories\.tsx$/, '')}/${arg}${ext}`,
              },
            },
          },
          // The connected flows wait out real backoffs and Retry-After seconds of the reference runtime.
          testTimeout: 30_000,
        },
      },
    ],
  },
})
