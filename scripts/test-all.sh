#!/usr/bin/env bash
# `npm test`: lint, type-check, unit/corpus/property tests, then build and the E2E suite in Debian's
# Chromium (and firefox-esr when installed). Ends with one "total: N passed, N failed, N skipped" line.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1; then
  echo "Chromium mangler / Chromium is missing: run 'apt-get update && apt-get install -y chromium' (Debian)." >&2
  exit 1
fi
FIREFOX=0; command -v firefox-esr >/dev/null 2>&1 && FIREFOX=1

set -e
npx eslint --max-warnings 0 .
npx tsc --noEmit
npm run -s build:cli
npx wxt build
# Chrome refuses a content script with non-ASCII bytes ("not UTF-8"): guard the charset fix.
if LC_ALL=C grep -rlP '[\x80-\xff]' .output/chrome-mv3 --include=*.js; then echo 'non-ASCII bytes in JS build'; exit 1; fi
# The word lists' index is built into the panel bundle (scripts/build/prebuilt-lexicons.ts), not left to its first analysis.
grep -q '"prefixLengths"' .output/chrome-mv3/panel-app.js || { echo 'the word-list index is missing from panel-app.js'; exit 1; }
# No test hook in the product: the fault-injection build is separate (.output-test, used by the E2E quota test).
if grep -lE 'jobrettet-test|failNextWrite' .output/chrome-mv3/background.js; then echo 'test hook in the production build'; exit 1; fi
JOBRETTET_OUT=.output-test JOBRETTET_TEST=1 npx wxt build
[ "$FIREFOX" = 1 ] && npx wxt build -b firefox
node tests/demo/build.mjs
set +e

mkdir -p reports # not test-results/: Playwright wipes its outputDir at start
npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
unit_rc=$?
# chromium-plain-http repeats the panel and storage specs and the editor matrix on http://jobrettet-intranet.test (not a secure context).
PW_ARGS=(); [ "$FIREFOX" = 1 ] || PW_ARGS=(--project=chromium --project=chromium-plain-http)
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=list,json "${PW_ARGS[@]}"
e2e_rc=$?

node -e '
const fs = require("fs");
const rd = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const u = rd("reports/vitest.json"), e = rd("reports/e2e.json");
const pass = (u?.numPassedTests ?? 0) + (e?.stats?.expected ?? 0) + (e?.stats?.flaky ?? 0);
const fail = (u ? u.numFailedTests : 1) + (e ? e.stats.unexpected : 1);
const skip = (u?.numPendingTests ?? 0) + (u?.numTodoTests ?? 0) + (e?.stats?.skipped ?? 0);
console.log(`total: ${pass} passed, ${fail} failed, ${skip} skipped`);
'
[ "$unit_rc" = 0 ] && [ "$e2e_rc" = 0 ]
