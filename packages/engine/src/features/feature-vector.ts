import type { Candidate, CandidateSet } from '../candidates/candidate.js';
import { inverseDocumentFrequency, type DocumentFrequency } from './document-frequency.js';

/**
 * Names of the features, in vector order. The trained model stores the same list and is rejected when
 * it differs, so a renamed or reordered feature cannot silently pair with the wrong weight.
 */
export const FEATURE_NAMES = [
  'logCount', 'logDocWords', 'logRelativeFrequency', 'firstPositionRelative', 'logFirstPosition', 'spread',
  'words1', 'words2', 'words3', 'inTitle', 'maximalRatio', 'capitalisedRatio',
  'idfMean', 'idfMin', 'tfIdf', 'hasIdf', 'centralitySum', 'centralityMean', 'tightness', 'lastStemLength',
] as const;

/** Document-level context shared by all candidates of a page. */
export interface FeatureContext {
  readonly set: CandidateSet;
  /** Word centrality (see `rankWords`). */
  readonly centrality: ReadonlyMap<string, number>;
  /** Document frequencies for the page's language, when the engine ships them. */
  readonly documentFrequency?: DocumentFrequency;
}

/** The feature vector of one candidate; see FEATURE_NAMES for the meaning of each entry. */
export function featureVector(c: Candidate, ctx: FeatureContext): number[] {
  const total = Math.max(1, ctx.set.totalWords);
  const n = c.stems.length;
  let idfSum = 0;
  let idfMin = Infinity;
  let centralitySum = 0;
  let logWordCounts = 0;
  for (const stem of c.stems) {
    const idf = ctx.documentFrequency ? inverseDocumentFrequency(ctx.documentFrequency, stem) : 0;
    idfSum += idf;
    idfMin = Math.min(idfMin, idf);
    centralitySum += ctx.centrality.get(stem) ?? 0;
    logWordCounts += Math.log(ctx.set.stemCounts.get(stem) ?? 1);
  }
  const idfMean = idfSum / n;
  const logCount = Math.log1p(c.count);
  return [
    logCount,
    Math.log1p(total),
    Math.log1p((1000 * c.count) / total),
    c.firstWord / total,
    Math.log1p(c.firstWord),
    (c.lastWord - c.firstWord) / total,
    n === 1 ? 1 : 0,
    n === 2 ? 1 : 0,
    n === 3 ? 1 : 0,
    c.inTitle ? 1 : 0,
    c.maximalCount / c.count,
    c.capitalisedCount / c.count,
    idfMean,
    idfMin,
    (logCount * idfMean) / 10,
    ctx.documentFrequency ? 1 : 0,
    centralitySum,
    centralitySum / n,
    Math.log(c.count) - logWordCounts / n,
    Math.log((c.stems[n - 1] ?? '').length + 1),
  ];
}
