import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { build as esbuild } from 'esbuild'

/** Library entry points; each becomes `dist/<name>.js`. */
export const entries = {
  index: 'src/index.ts',
  client: 'src/client/index.ts',
  headless: 'src/headless.ts',
  locales: 'src/locales.ts',
  testing: 'src/testing/index.ts',
  'testing-msw': 'src/testing/msw.ts',
  'widget-entry': 'src/widget/index.ts',
  proxy: 'src/proxy/index.ts',
}

/**
 * Entries whose code uses React on the client: their files start with `'use client'`, so a Next.js server
 * component can import and render them. The client, proxy and testing entries stay usable on the server.
 */
const clientEntries = new Set(['index', 'headless', 'widget-entry'])

/** Emits the one stylesheet, `dist/styles.css`: `src/styles/styles.css` with its imports inlined, minified. */
function stylesheet(): Plugin {
  return {
    name: 'atthene-stylesheet',
    async generateBundle() {
      const result = await esbuild({
        entryPoints: ['src/styles/styles.css'],
        bundle: true,
        minify: true,
        write: false,
        logLevel: 'silent',
      })
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: result.outputFiles.map((file) => file.text).join(''),
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      output: {
        // A directive in a source module is dropped when modules are merged into chunks, so it is added here.
        banner: (chunk) => (chunk.isEntry && clientEntries.has(chunk.name) ? "'use client';" : ''),
      },
      // Bare imports (react, the peers, the runtime dependencies, node builtins) stay imports.
      external: (id) =>
        !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id),
    },
  },
})
