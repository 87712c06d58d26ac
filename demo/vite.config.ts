import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { runtimePlugin } from './runtimePlugin.ts'
import { standaloneDistPlugin } from './standaloneDistPlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/** `npm run dev`: the demo app, with the reference runtime (or a key-holding proxy) inside the dev server. */
export default defineConfig({
  root,
  plugins: [react(), runtimePlugin(), standaloneDistPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('../dist-demo', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        headless: fileURLToPath(new URL('./headless.html', import.meta.url)),
      },
    },
  },
})
