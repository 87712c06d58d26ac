#!/usr/bin/env bash
# Every check of the kit: types, lint, format, build and size, unit + browser + story tests, end-to-end tests.
# Ends with one plain line: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/*.json
: > reports/checks.txt

check() {
  local name="$1"; shift
  echo "── $name"
  if "$@"; then echo "pass $name" >> reports/checks.txt; else echo "fail $name" >> reports/checks.txt; fi
}

check typecheck npx tsc -b
check lint npx eslint . --max-warnings 0
check format npx prettier --check . --log-level warn
check build npm run build --silent
# The public API must match the checked-in report (api/); `npm run api:update` rewrites it.
check api-report node scripts/api-report.mjs
check publint npx publint --strict
# styles.css is excluded: attw resolves entry points as TypeScript modules, and a stylesheet has no types.
check attw npx attw --pack . --profile esm-only --exclude-entrypoints ./styles.css
check vitest npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
if [ -d e2e ] && ls e2e/*.spec.ts >/dev/null 2>&1; then
  check e2e env PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json
fi

node scripts/summarize.mjs
