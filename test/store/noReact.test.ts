import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('react', () => ({}))
vi.mock('@tanstack/react-query', () => ({}))

const root = join(import.meta.dirname, '../../src')
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file))

describe('the core imports no React', () => {
  it.each(['client', 'store'])('no file of src/%s imports react or @tanstack/react-query', (dir) => {
    const files = sources(dir)
    expect(files.length).toBeGreaterThan(0)
    const offenders = files.filter((file) =>
      /from\s+['"](react|react-dom|@tanstack\/react-query|zustand)(\/[^'"]*)?['"]|import\(\s*['"]react/.test(
        readFileSync(join(root, file), 'utf8').replace(/from\s+['"]zustand\/(vanilla|middleware)['"]/g, ''),
      ),
    )
    expect(offenders).toEqual([])
  })

  it('the store and the client load and run with React mocked away', async () => {
    const { createChatStore } = await import('../../src/store/createChatStore.ts')
    const { createRuntimeClient } = await import('../../src/client/index.ts')
    const store = createChatStore({ storage: false })
    expect(store.getState().enqueue('s1', { text: 'hi' })).toMatch(/.+/)
    expect(createRuntimeClient({ baseUrl: 'http://x/api/v1' }).baseUrl).toBe('http://x/api/v1')
  })
})
