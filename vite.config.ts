import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { transform } from 'esbuild'

/** Library entry points; each becomes `dist/<name>.js`. */
export const entries = {
  index: 'src/index.ts',
  client: 'src/client/index.ts',
  headless: 'src/headless.ts',
  testing: 'src/testing/index.ts',
  'widget-entry': 'src/widget/index.ts',
  proxy: 'src/proxy/index.ts',
}

/** Emits the one stylesheet, `dist/styles.css`, minified. */
function stylesheet(): Plugin {
  return {
    name: 'atthene-stylesheet',
    async generateBundle() {
      const source = readFileSync('src/styles/styles.css', 'utf8')
      const { code } = await transform(source, { loader: 'css', minify: true })
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code })
    },
  }
}

export default defineConfig({
  plugins: [react(), stylesheet()],
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
