import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  // The guides (stories/docs/*.mdx) render the pages of docs/ so the repository and Storybook show one text.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: {
    name: '@storybook/react-vite',
    // The root vite.config.ts is the library build; Storybook gets a plain React config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Storybook keeps only `build.target` of a Vite config; its own chunks (axe alone is 660 kB) never ship.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
  // Serves public/mockServiceWorker.js, the worker through which the reference runtime answers.
  // docs/images and docs/screenshots: the pictures the guides (docs/*.md) show, at the same relative path as on
  // GitHub.
  staticDirs: [
    '../public',
    { from: '../docs/images', to: '/images' },
    { from: '../docs/screenshots', to: '/screenshots' },
  ],
  core: { disableTelemetry: true },
}

export default config
