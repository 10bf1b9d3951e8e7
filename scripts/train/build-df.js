// Builds the shipped document-frequency table of a language from development sets only.
// Usage: node scripts/train/build-df.js <lang> <dataset>...   (writes packages/engine/src/features/document-frequency-<lang>.json)
import { writeFileSync } from 'node:fs';
import { readDevelopmentSet } from './dataset-files.js';
import { documentBlocks, extractCandidates, kitFor } from './engine-parts.js';

const [language, ...names] = process.argv.slice(2);
if (!language || names.length === 0) {
  console.error('usage: build-df.js <lang> <dataset>...');
  process.exit(2);
}
const kit = kitFor(language);
const counts = new Map();
let docs = 0;
for (const name of names) {
  for (const doc of readDevelopmentSet(name)) {
    if (doc.lang !== language) continue;
    docs += 1;
    for (const stem of extractCandidates(documentBlocks(doc), kit).stemCounts.keys()) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
}
const df = Object.fromEntries([...counts].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = new URL(`../../packages/engine/src/features/document-frequency-${language}.json`, import.meta.url);
writeFileSync(out, `${JSON.stringify({ docs, builtFrom: names, df })}\n`);
console.log(`${language}: ${docs} documents, ${Object.keys(df).length} stems → ${out.pathname}`);
