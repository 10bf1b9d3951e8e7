// Copies eld's 'extrasmall' n-gram database (with the tables its detect() uses) into the engine as JSON,
// so the engine's compiled detector (packages/engine/src/lang/eld-detector.ts) reads the same data
// without reaching into eld's unexported files at run time.
// Usage: node scripts/vendor-eld-data.js   (re-run after upgrading eld; the engine test checks the copy)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// eld exports neither its data files nor its package.json: find its folder from its exported entry file.
const root = join(dirname(fileURLToPath(import.meta.resolve('eld/extrasmall'))), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const load = (file) => import(pathToFileURL(join(root, 'src', file)).href);

const [{ ngramsData }, { dictionary }, { avgScore }, { separators }] = await Promise.all([
  load('ngrams/extrasmall.js'),
  load('dictionary.js'),
  load('avgScore.js'),
  load('regexPatterns.js'),
]);

const languages = Object.keys(ngramsData.languages)
  .map(Number)
  .sort((a, b) => a - b)
  .map((i) => ngramsData.languages[i]);
const out = {
  source: `eld@${pkg.version} src/ngrams/extrasmall.js, src/dictionary.js, src/avgScore.js, src/regexPatterns.js`,
  licence: 'Apache-2.0, Copyright 2023 Nito T.M. (https://github.com/nitotm/efficient-language-detector-js)',
  type: ngramsData.type,
  languages,
  avgScore,
  dictionary,
  separators: separators.source,
  // One string, not an object of 49,553 objects: a JSON module stays alive for the process, and a
  // string costs its characters where the nested objects cost ~30 MB of heap. A line per n-gram:
  // `<n-gram>\t<language index>:<score>,…` (eld's n-grams hold no tab or newline; checked here).
  ngrams: Object.entries(ngramsData.ngrams).map(([k, v]) => {
    if (/[\t\n]/u.test(k)) throw new Error(`eld n-gram with a tab or newline: ${JSON.stringify(k)}`);
    return `${k}\t${Object.entries(v).map(([l, s]) => `${l}:${s}`).join(',')}`;
  }).join('\n'),
};
const target = new URL('../packages/engine/src/lang/eld/extrasmall.json', import.meta.url);
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${target.pathname}: ${Object.keys(ngramsData.ngrams).length} n-grams, ${languages.length} languages (eld ${pkg.version})`);
