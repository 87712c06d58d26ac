import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { build as esbuild } from 'esbuild'

/** Library entry points; each becomes `dist/<name>.js`. */
export const entries = {
  index: 'src/index.ts',
  client: 'src/client/index.ts',
  headless: 'src/headless.ts',
  testing: 'src/testing/index.ts',
  'testing-msw': 'src/testing/msw.ts',
  'widget-entry': 'src/widget/index.ts',
  proxy: 'src/proxy/index.ts',
}

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
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: result.outputFiles[0]!.text })
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
      // Bare imports (react, the peers, the runtime dependencies, node builtins) stay imports.
      external: (id) =>
        !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id),
    },
  },
})
