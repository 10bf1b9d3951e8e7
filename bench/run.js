#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark file in bench/ (`*.mjs`, alphabetical), one after another,
 * each in its own Node process; exits non-zero if one fails. Build first: `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('./', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.mjs')).sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const run = spawnSync(process.execPath, [`${folder}${file}`, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench/${file} failed (exit ${run.status ?? run.signal})`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
