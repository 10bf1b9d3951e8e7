// Turns development documents into candidates with labels, exactly as the engine sees them.
import { documentBlocks, extractCandidates, featureVector, isHeadFirst, kitFor, lexiconFor, mostFrequentSurface, structureBonus } from './engine-parts.js';
import { goldStems } from './keyphraseness.js';

const cli = new URL('../../packages/cli/dist/eval/', import.meta.url);
const { evaluationStemmer, normalizePhrase } = await import(new URL('normalize.js', cli).href);

/**
 * One document → { set, candidates: [{ c, y, norm, bonus }], gold, presentStems, goldStems }. Negatives of
 * long documents are sampled down to `maxNegatives` (with `keepRate` recorded) unless `keepAll`.
 */
export function collectDocument(doc, { keepAll, maxNegatives, rand }) {
  const kit = kitFor(doc.lang);
  const stem = evaluationStemmer(doc.lang);
  const gold = new Set(doc.keyphrases.map((k) => normalizePhrase(k, stem)).filter((k) => k));
  const set = extractCandidates(documentBlocks(doc), kit);
  const all = [...set.candidates.values()].map((c) => {
    const norm = normalizePhrase(mostFrequentSurface(c), stem);
    return { c, y: gold.has(norm) ? 1 : 0, norm, bonus: structureBonus(c) };
  });
  const negatives = all.length - all.filter((r) => r.y).length;
  const keepRate = keepAll ? 1 : Math.min(1, maxNegatives / Math.max(1, negatives));
  const candidates = all.filter((r) => r.y === 1 || keepRate === 1 || rand() < keepRate);
  return { lang: doc.lang, set, candidates, keepRate, gold: gold.size, presentStems: [...set.stemCounts.keys()], goldStems: goldStems(doc) };
}

/** Feature rows of a collected document for the given language data (or none). */
export function featureRows(collected, languageData) {
  const connectorFeature = collected.lang === 'en';
  const base = { set: collected.set, connectorFeature, lexicon: lexiconFor(collected.lang), headFirst: isHeadFirst(collected.lang) };
  const ctx = languageData ? { ...base, languageData } : base;
  return collected.candidates.map((r) => ({ x: featureVector(r.c, ctx), y: r.y, norm: r.norm, bonus: r.bonus }));
}
