// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SIZE_CHECKS, measure } from '../bench/sizes.mjs'

// Sizes are deterministic (same sources, same esbuild): budgets from design.md are enforced here.
describe('bundle size budgets (min+gzip)', () => {
  for (const check of SIZE_CHECKS) {
    it(`${check.name} stays within ${check.budget / 1000} kB`, async () => {
      const { gzip } = await measure(check)
      expect(gzip).toBeGreaterThan(100)
      expect(gzip).toBeLessThanOrEqual(check.budget)
    })
  }
})
