import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/** Storybook's own Vite config: the root one builds the library (its stylesheet plugin is not wanted here). */
export default defineConfig({
  plugins: [react()],
})
