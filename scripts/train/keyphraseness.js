// Builds keyphraseness tables (see packages/engine/src/features/keyphraseness.ts) from collected documents.
import { kitFor, tokenize } from './engine-parts.js';

/** Stems of a document's gold keyphrases, with the engine's own tokenizer and stemmer. */
export function goldStems(doc) {
  const kit = kitFor(doc.lang);
  const stems = new Set();
  for (const k of doc.keyphrases) for (const t of tokenize(k)) stems.add(kit.stem(t.lower));
  return stems;
}

/** A table from collected documents ({ presentStems, goldStems }); stems seen in < minDocs documents are left out. */
export function buildKeyphraseness(collected, minDocs = 3) {
  const words = new Map();
  let hits = 0;
  let pairs = 0;
  for (const d of collected) {
    for (const stem of d.presentStems) {
      const entry = words.get(stem) ?? [0, 0];
      const hit = d.goldStems.has(stem) ? 1 : 0;
      entry[0] += hit;
      entry[1] += 1;
      hits += hit;
      pairs += 1;
      words.set(stem, entry);
    }
  }
  const kept = [...words].filter(([, [, n]]) => n >= minDocs).sort(([a], [b]) => (a < b ? -1 : 1));
  return { prior: pairs ? hits / pairs : 0, words: Object.fromEntries(kept) };
}
