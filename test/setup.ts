import { preloadMarkdown } from '../src/components/markdown/preloadMarkdown.ts'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => {
  cleanup()
})

// Markdown's parser loads on demand; tests that are not about that loading see it loaded, as after a first use.
await preloadMarkdown()
