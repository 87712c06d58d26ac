// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SIZE_CHECKS, measure } from '../bench/sizes.mjs'

// Sizes are deterministic (same sources, same esbuild), so budgets are enforced here. Where the enforced budget
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
