#!/usr/bin/env bash
# 5-fold cross-validated figure of taln-archives-fr (the French tables are built from that set):
# for each fold, tables from the other 4 folds, the engine rebuilt, `labelup eval` on the held-out fold.
# Prints one JSON line per fold and the mean; restores the shipped tables (all documents) at the end.
# Usage: bash scripts/train/fr-cv.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'node scripts/train/build-fr-data.js >/dev/null && npx tsc -b packages/engine/tsconfig.json >/dev/null; rm -rf "$tmp"' EXIT
for k in 0 1 2 3 4; do
  node scripts/train/build-fr-data.js --exclude-fold "$k" --fold-file "$tmp/taln-fr-fold$k.jsonl" >&2
  npx tsc -b packages/engine/tsconfig.json
  npx labelup eval "$tmp/taln-fr-fold$k.jsonl" --json >"$tmp/fold$k.json"
done
node -e '
const fs = require("fs");
const folds = [0, 1, 2, 3, 4].map((k) => Object.values(JSON.parse(fs.readFileSync(process.argv[1] + "/fold" + k + ".json", "utf8")).datasets)[0]);
const mean = (f) => folds.reduce((s, d) => s + f(d), 0) / folds.length;
folds.forEach((d, k) => console.log(JSON.stringify({ fold: k, docs: d.docs, f5: d.micro.f5, f10: d.micro.f10, ece: d.ece })));
console.log(JSON.stringify({ mean: { f5: mean((d) => d.micro.f5), f10: mean((d) => d.micro.f10), macroF10: mean((d) => d.macro.f10), ece: mean((d) => d.ece), p5: mean((d) => d.micro.p5), r5: mean((d) => d.micro.r5), p10: mean((d) => d.micro.p10), r10: mean((d) => d.micro.r10) } }));
' "$tmp"
