import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * `dist/widget.js`: the standalone widget for a plain `<script type="module">`, with React and every dependency
 * bundled and minified. Loading it registers `<atthene-chat>`. Runs after the library build (`npm run build`),
 * so it must not empty `dist`.
 */
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    lib: { entry: 'src/widget/standalone.ts', formats: ['es'], fileName: () => 'widget.js' },
    rollupOptions: { external: [], output: { minify: true } },
  },
})
