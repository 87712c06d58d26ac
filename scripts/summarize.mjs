// Adds up the static checks, Vitest's JSON report and Playwright's JSON report into one plain line.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const problems = []

for (const line of readFileSync('reports/checks.txt', 'utf8').split('\n').filter(Boolean)) {
  const [result, name] = line.split(' ')
  // Test runners are counted by their own reports below; the other checks count as one each.
  if (name === 'vitest' || name === 'e2e') {
    if (result === 'fail') problems.push(name)
    continue
  }
  if (result === 'pass') passed++
  else {
    failed++
    problems.push(name)
  }
}

if (existsSync('reports/vitest.json')) {
  const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that fails to load has no tests; count it as a failure.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length
} else if (problems.includes('vitest')) failed++

if (existsSync('reports/playwright.json')) {
  const { stats } = JSON.parse(readFileSync('reports/playwright.json', 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected
} else if (problems.includes('e2e')) failed++

if (problems.length > 0) console.log(`failing: ${problems.join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(problems.length > 0 || failed > 0 ? 1 : 0)
