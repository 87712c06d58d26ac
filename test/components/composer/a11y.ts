import axe from 'axe-core'
import '../../../src/styles/tokens.css'
import '../../../src/styles/composer.css'
import '../../../src/styles/attachments.css'
import '../../../src/styles/banner.css'
import '../../../src/styles/status.css'

/**
 * Axe violations inside `element`, as readable lines (empty when there are none). Every rule runs except
 * `region`, a page-level rule (all content inside landmarks) that does not apply to a component alone.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { rules: { region: { enabled: false } } })
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}
