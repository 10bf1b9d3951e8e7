// Turns development documents into labelled feature rows, exactly as the engine sees them.
import { documentBlocks, extractCandidates, featureVector, kitFor, mostFrequentSurface, rankWords, structureBonus } from './engine-parts.js';

const cli = new URL('../../packages/cli/dist/eval/', import.meta.url);
const { evaluationStemmer, normalizePhrase } = await import(new URL('normalize.js', cli).href);

/**
 * One document → { rows: [{ x, y, norm }], gold: number of normalised gold phrases }.
 * `documentFrequency` is the table to use (or undefined for the model without IDF).
 */
export function collectDocument(doc, documentFrequency) {
  const kit = kitFor(doc.lang);
  const stem = evaluationStemmer(doc.lang);
  const gold = new Set(doc.keyphrases.map((k) => normalizePhrase(k, stem)).filter((k) => k));
  const set = extractCandidates(documentBlocks(doc), kit);
  const centrality = rankWords(set.contentSequence, set.contentPositions);
  const ctx = documentFrequency ? { set, centrality, documentFrequency } : { set, centrality };
  const rows = [];
  for (const c of set.candidates.values()) {
    const norm = normalizePhrase(mostFrequentSurface(c), stem);
    rows.push({ x: featureVector(c, ctx), y: gold.has(norm) ? 1 : 0, norm, bonus: structureBonus(c) });
  }
  return { rows, gold: gold.size };
}
