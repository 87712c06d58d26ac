import { describe, expect, it } from 'vitest'

const sources = import.meta.glob<string>('../../src/client/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
})

describe('the client entry', () => {
  it('imports nothing but valibot and its own files (no React, no React Query)', () => {
    const files = Object.entries(sources)
    expect(files.length).toBeGreaterThan(10)
    for (const [file, text] of files) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1])
      expect(
        imports.filter((name) => !name!.startsWith('./') && name !== 'valibot'),
        file,
      ).toEqual([])
    }
  })

  it('keeps every file small (under 150 lines)', () => {
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('/types.ts')) continue
      expect(text.split('\n').length, file).toBeLessThan(150)
    }
  })
})
