import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The standalone widget for a plain `<script type="module">`, minified, every dependency bundled:
 * - `dist/widget.js`: the loader (no React): registers `<atthene-chat>`, draws the launcher button;
 * - `dist/widget-chat.js`: the chat, loaded by the loader from next to itself when first needed;
 * - `dist/widget-*-[hash].js`: chunks the chat loads on demand (the `de` and `ar` catalogs).
 * The chat runs on Preact through `preact/compat` (about 4x smaller than react-dom); the npm package keeps real
 * React as a peer. Runs after the library build (`npm run build`), so it must not empty `dist`.
 */
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    target: 'es2022',
    lib: {
      entry: { widget: 'src/widget/standalone.ts', 'widget-chat': 'src/widget/standaloneChat.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: [],
      output: { minify: true, chunkFileNames: 'widget-[name]-[hash].js' },
    },
  },
})
