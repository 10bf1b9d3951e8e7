// Builds the French language data (document frequency + keyphraseness) from taln-archives-fr, a
// development set that is also reported, so its figure is given by 5-fold cross-validation by document id.
// Usage: node scripts/train/build-fr-data.js [--exclude-fold k --fold-file out.jsonl]
//   without --exclude-fold: tables from all documents (the shipped ones);
//   with it: tables from the other 4 folds, and the documents of fold k written to --fold-file for `labelup eval`.
import { writeFileSync } from 'node:fs';
import { readDevelopmentSet } from './dataset-files.js';
import { documentBlocks, extractCandidates, kitFor } from './engine-parts.js';
import { buildKeyphraseness, goldStems } from './keyphraseness.js';

const SET = 'taln-archives-fr';
const FOLDS = 5;
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const excluded = arg('--exclude-fold') === undefined ? -1 : Number(arg('--exclude-fold'));
const foldFile = arg('--fold-file');

/** Fold of a document: FNV-1a hash of its id, modulo 5 (deterministic). */
export function foldOf(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % FOLDS;
}

const kit = kitFor('fr');
const all = readDevelopmentSet(SET).filter((d) => d.lang === 'fr');
const training = all.filter((d) => foldOf(d.id) !== excluded);
const counts = new Map();
const collected = [];
for (const doc of training) {
  const stems = [...extractCandidates(documentBlocks(doc), kit).stemCounts.keys()];
  for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  collected.push({ presentStems: stems, goldStems: goldStems(doc) });
}
const df = Object.fromEntries([...counts].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
const builtFrom = excluded < 0 ? [SET] : [`${SET} without fold ${excluded} of ${FOLDS}`];
const features = new URL('../../packages/engine/src/features/', import.meta.url);
writeFileSync(new URL('document-frequency-fr.json', features), `${JSON.stringify({ docs: training.length, builtFrom, df })}\n`);
writeFileSync(new URL('keyphraseness-fr.json', features), `${JSON.stringify(buildKeyphraseness(collected))}\n`);
if (foldFile && excluded >= 0) {
  writeFileSync(foldFile, all.filter((d) => foldOf(d.id) === excluded).map((d) => JSON.stringify(d)).join('\n') + '\n');
}
console.log(`fr: tables from ${training.length} documents (${Object.keys(df).length} stems)${excluded >= 0 ? `, fold ${excluded} held out` : ''}`);
