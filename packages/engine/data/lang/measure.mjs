#!/usr/bin/env node
// Figures for the language kits on the keyphrase datasets' non-test splits (never inspec-test,
// semeval2010-test, semeval2017 or its translation). Needs the built engine: `npx tsc -b packages/engine`.
//   node packages/engine/data/lang/measure.mjs [datasets-dir]
// Prints, per dataset: detection accuracy on the whole text and on its first two sentences, und rate,
// share of gold keyphrases whose first or last word is a stopword (stopwords-iso vs reviewed list),
// share of gold keyphrases found in the text by stemmed-word match vs exact match, and speeds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { detectLanguage, getLanguageKit } from '../../dist/lang/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../../../shared/datasets/keyphrase');
const iso = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json');
const FILES = ['inspec-trainval', 'semeval2010-train', 'www', 'taln-archives-en', 'taln-archives-fr', '110-pt-bn-kp', 'pak2018', 'ru-ng', 'ru-cyberleninka-part4'];
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const words = (s) => (s.toLowerCase().match(WORD) ?? []);
const firstSentences = (s) => s.split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

for (const name of FILES) {
  const docs = readFileSync(join(dir, `${name}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const lang = docs[0].lang;
  const kit = getLanguageKit(lang);
  const isoSet = new Set(iso[lang]);
  let ok = 0, okShort = 0, undShort = 0, kps = 0, isoHit = 0, reviewedHit = 0, exact = 0, stemmed = 0;
  const wrong = new Map();
  for (const doc of docs) {
    const text = `${doc.title ?? ''}\n${doc.text}`;
    const full = detectLanguage(text).language;
    if (full === lang) ok++; else wrong.set(full, (wrong.get(full) ?? 0) + 1);
    const short = detectLanguage(firstSentences(doc.text)).language;
    if (short === lang) okShort++;
    if (short === 'und') undShort++;
    const textWords = words(text);
    const joined = ` ${textWords.join(' ')} `;
    const stemmedText = ` ${textWords.map((w) => kit.stem(w)).join(' ')} `;
    for (const kp of doc.keyphrases) {
      const w = words(kp);
      if (w.length === 0) continue;
      kps++;
      const edge = [w[0], w.at(-1)];
      if (edge.some((x) => isoSet.has(x))) isoHit++;
      if (edge.some((x) => kit.stopwords.has(x))) reviewedHit++;
      if (joined.includes(` ${w.join(' ')} `)) exact++;
      if (stemmedText.includes(` ${w.map((x) => kit.stem(x)).join(' ')} `)) stemmed++;
    }
  }
  console.log(
    `${name} (${lang}, ${docs.length} docs): detected ${pct(ok, docs.length)}, first 2 sentences ${pct(okShort, docs.length)} (und ${pct(undShort, docs.length)})` +
      `${wrong.size ? `, misses ${JSON.stringify(Object.fromEntries(wrong))}` : ''}; gold keyphrases with a stopword at an edge: stopwords-iso ${pct(isoHit, kps)}, reviewed ${pct(reviewedHit, kps)}; ` +
      `present exact ${pct(exact, kps)}, stemmed ${pct(stemmed, kps)}`,
  );
}

// Speed, in CPU time (the machine may be shared): detection per inspec-trainval abstract, per long
// paper and per 10 MB page; stemming throughput with a warm cache.
const cpu = (f) => { const start = process.cpuUsage(); f(); const used = process.cpuUsage(start); return (used.user + used.system) / 1000; };
const abstracts = readFileSync(join(dir, 'inspec-trainval.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((d) => `${d.title ?? ''}\n${d.text}`);
const page = JSON.parse(readFileSync(join(dir, 'semeval2010-train.jsonl'), 'utf8').split('\n')[0]).text;
const big = page.repeat(Math.ceil(10_000_000 / page.length));
let ms = cpu(() => { for (const a of abstracts) detectLanguage(a); });
console.log(`detectLanguage: ${(ms / abstracts.length).toFixed(3)} ms CPU per inspec-trainval abstract (${abstracts.length})`);
ms = cpu(() => { for (let i = 0; i < 200; i++) detectLanguage(page); });
console.log(`detectLanguage: ${(ms / 200).toFixed(3)} ms CPU per ${page.length}-char paper`);
ms = cpu(() => { for (let i = 0; i < 50; i++) detectLanguage(big); });
console.log(`detectLanguage: ${(ms / 50).toFixed(3)} ms CPU per ${(big.length / 1e6).toFixed(1)} MB page`);
const en = getLanguageKit('en');
const tokens = words(page);
ms = cpu(() => { for (let r = 0; r < 20; r++) for (const w of tokens) en.stem(w); });
console.log(`English stem, cached: ${((20 * tokens.length) / ms / 1000).toFixed(1)} M words/s CPU (${tokens.length} words x 20)`);
