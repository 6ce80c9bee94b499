#!/usr/bin/env bash
# `npm test`: every check, in the order CI runs them — typecheck, lint, format, unit and integration
# tests on the embedded database and again on a real PostgreSQL server, then the browser
# journeys against a production build. Installs Debian's postgresql and chromium when missing
# (as root); otherwise says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=.test-results
rm -rf "$results" && mkdir -p "$results"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Prisma client"
npx tsx scripts/generate.ts

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint --max-warnings=0 .

step "format"
npx prettier --check . || { echo "Run \`npm run format\` to format these files." >&2; exit 1; }

step "unit + integration tests on the embedded database (PGlite)"
npx vitest run --reporter=default --reporter=./test/progress-reporter.ts --reporter=json --outputFile.json="$results/vitest-embedded.json"

step "integration tests on PostgreSQL"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  pg_url=$TEST_DATABASE_URL
else
  pg_url=$(scripts/test-postgres.sh start)
  trap 'scripts/test-postgres.sh stop' EXIT
fi
TEST_DATABASE_URL=$pg_url npx vitest run --reporter=default --reporter=./test/progress-reporter.ts --reporter=json --outputFile.json="$results/vitest-postgres.json"

step "end-to-end journeys in Chromium (production build)"
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "Chromium is not installed: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
rm -rf .test-data/e2e
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json

step "summary"
npx tsx scripts/test-summary.ts "$results"
