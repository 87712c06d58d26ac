import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { benchRuntimes } from './benchRuntimes.ts'

const page = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url))

/** The bench pages (`bench/run.mjs` builds them for production and serves them with `vite preview`). */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  publicDir: false,
  plugins: [react(), benchRuntimes()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../node_modules/.cache/atthene-bench', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { thread: page('thread'), widget: page('widget') } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
