#!/usr/bin/env bash
# The whole test command (README: `npm ci && npm test`): system packages, Forge manifest checks, type check, lint,
# dependency direction, then every test (unit, property, contract against real Redis and PostgreSQL,
# integration against the emulator, end-to-end in Chromium) in one Vitest run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
[ -d packages/engine/dist ] || npm run build
# The process tests (serve binary, fault suite) run the built packages: bring them up to date
# (incremental, a few seconds when nothing changed).
echo "== build (incremental)"; npx tsc -b tsconfig.build.json

# The Forge app: its Custom UI bundle (the dialogs over @forge/bridge), then Atlassian's own offline
# checks of manifest.yml (@forge/manifest validation and @forge/lint; no login, no network).
echo "== Forge app: Custom UI build and manifest checks"
(cd packages/web && npx vite build -c vite.forge.config.ts --logLevel warn)
node packages/forge/scripts/check-manifest.js

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
