// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { SIZE_CHECKS, STANDALONE_CHECKS, measure, measureStandalone } from '../bench/sizes.mjs'

// Sizes are deterministic (same sources, same bundler), so budgets are enforced here. Where the enforced budget
// differs from design.md's, SIZE_CHECKS says why.
describe('bundle size budgets (min+gzip)', () => {
  for (const check of SIZE_CHECKS) {
    it(`${check.name} stays within ${check.budget / 1000} kB`, async () => {
      const { gzip } = await measure(check)
      expect(gzip).toBeGreaterThan(100)
      expect(gzip).toBeLessThanOrEqual(check.budget)
    })
  }
})

// The standalone files as vite.widget.config.ts builds them: the loader a page pays for, the chat it loads on open.
describe('standalone widget budgets (min+gzip, built)', () => {
  let parts: ReturnType<typeof measureStandalone>
  beforeAll(() => {
    parts = measureStandalone()
  }, 60_000)

  for (const check of STANDALONE_CHECKS) {
    it(`${check.name} stays within ${check.budget / 1000} kB`, () => {
      const { gzip, files } = parts[check.part]
      expect(files.length).toBeGreaterThan(0)
      expect(gzip).toBeGreaterThan(100)
      expect(gzip).toBeLessThanOrEqual(check.budget)
    })
  }

  it('the loader imports nothing statically: the page fetches one file before the chat is opened', () => {
    expect(parts.loader.files).toEqual(['widget.js'])
  })

  it('the chat chunk leaves the markdown parser out (it loads on demand, alongside)', () => {
    expect(parts.chat.files.some((file) => /^widget-markdownEngine-/.test(file))).toBe(false)
    expect(parts.markdown.files.filter((file) => /^widget-markdownEngine-/.test(file))).toHaveLength(1)
  })

  it('the chat chunk leaves the de and ar catalogs out (they load on demand)', () => {
    expect(parts.chat.files.some((file) => /^widget-(de|ar)-/.test(file))).toBe(false)
    expect(parts.catalog.files).toHaveLength(1)
  })
})
