import '@testing-library/jest-dom/vitest'
import { preloadMarkdown } from '../src/components/markdown/preloadMarkdown.ts'

// Markdown's parser loads on demand; tests that are not about that loading see it loaded, as after a first use.
await preloadMarkdown()
