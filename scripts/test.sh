#!/usr/bin/env bash
# The whole test command (README: `npm ci && npm test`): system packages, type check, lint,
# dependency direction, then every test (unit, property, contract against real Redis and PostgreSQL,
# integration against the emulator, end-to-end in Chromium) in one Vitest run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
[ -d packages/engine/dist ] || npm run build
# The process tests (serve binary, fault suite) run the built packages: bring them up to date
# (incremental, a few seconds when nothing changed).
echo "== build (incremental)"; npx tsc -b tsconfig.build.json

echo "== type check"; npx tsc -p tsconfig.json && npm run typecheck --workspace @labelup/web --if-present
echo "== lint"; npx eslint .
echo "== dependency direction"; npx depcruise packages --config .dependency-cruiser.cjs

svc_dir=$(mktemp -d /tmp/labelup-test-XXXXXX)
trap 'bash scripts/stop-services.sh "$svc_dir"' EXIT
eval "$(bash scripts/start-services.sh "$svc_dir")"
export LABELUP_TEST_REDIS_URL LABELUP_TEST_DATABASE_URL

echo "== tests"
mkdir -p test-results
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
rc=$?
set -e
node -e '
const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $rc
