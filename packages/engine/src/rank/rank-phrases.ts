import { plattRelevance } from '../calibrate/platt.js';
import { EMPHASIS_MARKS, type Candidate } from '../candidates/candidate.js';
import { extractCandidates } from '../candidates/extract.js';
import type { DocumentFrequency } from '../features/document-frequency.js';
import { featureVector } from '../features/feature-vector.js';
import { rankWords } from '../features/word-graph.js';
import type { LanguageKit } from '../lang/types.js';
import type { Evidence, TextBlock } from '../types.js';
import type { RankedPhrase } from './ranked-phrase.js';
import { logit, type LogisticRanker } from './ranker-model.js';
import { structureBonus } from './structure-bonus.js';

/** What `rankPhrases` needs besides the page. */
export interface RankingResources {
  readonly kit: LanguageKit;
  readonly ranker: LogisticRanker;
  readonly documentFrequency?: DocumentFrequency;
}

/** The phrase shown to people: the most frequent surface form (the first one on ties). */
export function mostFrequentSurface(c: Candidate): string {
  if (c.surfaces === null) return c.firstSurface;
  let best = c.firstSurface;
  let bestCount = 0;
  for (const [surface, count] of c.surfaces) {
    if (count > bestCount) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

function evidenceOf(c: Candidate): Evidence {
  const headingLevels: number[] = [];
  for (let level = 1; level <= 6; level += 1) if (c.headingMask & (1 << level)) headingLevels.push(level);
  return {
    count: c.count,
    inTitle: c.inTitle,
    headingLevels,
    panelTypes: c.panelTypes === null ? [] : [...c.panelTypes].sort(),
    inExpand: c.inExpand,
    emphasis: EMPHASIS_MARKS.filter((_, bit) => c.emphasisMask & (1 << bit)),
    firstPosition: c.firstBlock,
  };
}

/**
 * Candidates → features → logistic ranker (+ structure bonus), best first (score descending, then key
 * ascending, so the order is deterministic). Yields phrases lazily with their Platt-calibrated
 * relevance: only what the caller selects is built.
 */
export function* rankPhrases(blocks: readonly TextBlock[], resources: RankingResources): Generator<RankedPhrase> {
  const set = extractCandidates(blocks, resources.kit);
  const centrality = rankWords(set.contentSequence, set.contentPositions);
  const ctx = resources.documentFrequency ? { set, centrality, documentFrequency: resources.documentFrequency } : { set, centrality };
  const scored: { c: Candidate; score: number }[] = [];
  for (const c of set.candidates.values()) scored.push({ c, score: logit(resources.ranker, featureVector(c, ctx)) + structureBonus(c) });
  scored.sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0));
  for (const { c, score } of scored) {
    yield { key: c.key, phrase: mostFrequentSurface(c), score, relevance: plattRelevance(score, resources.ranker.calibration), evidence: evidenceOf(c) };
  }
}
