import { afterEach, expect } from 'vitest'
import { page } from 'vitest/browser'
import './visual.css'

/**
 * Visual regression: after each story's test (render, play function, axe), one screenshot in the light theme
 * and one in the dark, compared with the baselines in stories/__screenshots__/ (`npm run test:visual:update`
 * rewrites them). The theme is switched on the DOM (`data-theme` of the kit roots), not by re-rendering.
 */
afterEach(async (context) => {
  const storyId = (context.task.meta as { storyId?: string }).storyId
  if (!storyId || context.task.result?.state === 'fail') return
  const target = document.querySelector<HTMLElement>('.sb-kit') ?? document.body
  const themed = Array.from(document.querySelectorAll<HTMLElement>('[data-theme]'))
  const original = themed.map((element) => element.dataset.theme)
  document.documentElement.setAttribute('data-visual-capture', '')
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const element of themed) element.dataset.theme = theme
      await expect.element(page.elementLocator(target)).toMatchScreenshot(`${storyId}--${theme}`)
    }
  } finally {
    document.documentElement.removeAttribute('data-visual-capture')
    themed.forEach((element, index) => (element.dataset.theme = original[index]))
  }
})
