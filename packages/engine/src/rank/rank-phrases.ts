import { plattRelevance } from '../calibrate/platt.js';
import { EMPHASIS_MARKS, type Candidate } from '../candidates/candidate.js';
import { extractCandidates } from '../candidates/extract.js';
import { FEATURE_NAMES, featureVector, type LanguageData } from '../features/feature-vector.js';
import { isCommonName, NAME_PENALTY, PAGE_FEATURE_NAMES, pageFeatureVector } from '../features/page-features.js';
import { isHeadFirst, lexiconFor, type Lexicon } from '../lexicon/index.js';
import { panelBonus } from './panel-bonus.js';
import type { LanguageKit } from '../lang/types.js';
import type { Evidence, TextBlock } from '../types.js';
import type { RankedPhrase } from './ranked-phrase.js';
import { logit, type LogisticRanker } from './ranker-model.js';
import { structureBonus } from './structure-bonus.js';

/** What `rankPhrases` needs besides the page. */
export interface RankingResources {
  readonly kit: LanguageKit;
  readonly ranker: LogisticRanker;
  readonly languageData?: LanguageData;
  /**
   * The documentation ranker, used instead of `ranker` when given (pages in a structured format). Its
   * features are the page's and the lexicon's; page structure is learned, panels (absent from the
   * training pages) keep their hand-set bonus.
   */
  readonly pageRanker?: LogisticRanker;
  /**
   * The space's labels by matching key (stems joined by spaces, as `Candidate.key`) → how many pages carry
   * them; a candidate the space already uses as a label gets `vocabularyBonus(count)` added to its logit.
   */
  readonly vocabulary?: ReadonlyMap<string, number>;
}

/**
 * Logit added to a phrase the space already uses as a label, rising with how many pages carry it:
 * `VOCABULARY_BONUS.base + VOCABULARY_BONUS.perLog · ln(1 + count)`. Chosen on the documentation
 * development sets with each page's "space" vocabulary being the tags of the set's other pages
 * (`labelup eval --space-vocabulary`; docs/BENCHMARKS.md): labels are reused, so a phrase that is already a
 * label in the space is likelier to be one here. A base of 0.5–1 raised F1 a little more but over-stated
 * relevance (hetzner ECE 0.10–0.16); 0 + 0.5·ln(1 + count) kept ECE ≤ 0.054.
 */
export const VOCABULARY_BONUS = { base: 0, perLog: 0.5 } as const;

function vocabularyBonus(c: Candidate, vocabulary: ReadonlyMap<string, number> | undefined): number {
  if (vocabulary === undefined) return 0;
  const count = vocabulary.get(c.key);
  return count === undefined ? 0 : VOCABULARY_BONUS.base + VOCABULARY_BONUS.perLog * Math.log1p(count);
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

/** The ranking of one page. */
export interface PageRanking {
  /** Words on the page, stopwords included. */
  readonly totalWords: number;
  /** Phrases best first, built lazily: only what the caller takes is materialised. */
  readonly phrases: Iterable<RankedPhrase>;
}


/**
 * Languages whose one-word labels are shown in the lemma (the dictionary form) when the lexicon knows the
 * noun: their case endings make the page's own form a poor label (pl `błędu` → `błąd`, ru `развёртыванию`
 * → `развёртывание`). Elsewhere the page's own spelling is kept (en `templates` is what Hugo's authors tag).
 */
const LEMMA_LANGUAGES = new Set(['ru', 'pl', 'fi']);

function shownPhrase(c: Candidate, lexicon: Lexicon | undefined): string {
  const surface = mostFrequentSurface(c);
  if (lexicon === undefined || c.stems.length !== 1) return surface;
  // The first form on the page (most frequent first) whose noun lemma the lexicon knows.
  const forms = c.surfaces === null ? [surface] : [surface, ...[...c.surfaces].sort((a, b) => b[1] - a[1]).map(([f]) => f)];
  for (const form of forms) {
    const lower = form.toLowerCase();
    const cls = lexicon.wordClass(lower);
    if (cls !== 'N' && cls !== 'P') continue;
    return lexicon.lemma(lower) ?? form;
  }
  return surface;
}

function* materialise(scored: readonly { c: Candidate; score: number }[], ranker: LogisticRanker, lexicon?: Lexicon): Generator<RankedPhrase> {
  for (const { c, score } of scored) {
    yield { key: c.key, phrase: shownPhrase(c, lexicon), score, relevance: plattRelevance(score, ranker.calibration), evidence: evidenceOf(c) };
  }
}

/**
 * Candidates → features → logistic ranker (+ structure bonus) → Platt-calibrated relevance, best first
 * (score descending, then key ascending, so the order is deterministic).
 */
export function rankPhrases(blocks: readonly TextBlock[], resources: RankingResources): PageRanking {
  const set = extractCandidates(blocks, resources.kit);
  const code = resources.kit.code;
  const connectorFeature = code === 'en';
  const lexicon = lexiconFor(code);
  const headFirst = isHeadFirst(code);
  const page = resources.pageRanker;
  // The model's own score: the documentation ranker (page features + panel bonus) or the prose ranker
  // (features + language data + structure bonus); the space vocabulary and names count alike in both.
  let model: LogisticRanker;
  let modelScore: (c: Candidate) => number;
  if (page !== undefined) {
    const ctx = { set, lexicon, headFirst, connectorFeature };
    const buffer = new Array<number>(PAGE_FEATURE_NAMES.length).fill(0);
    model = page;
    modelScore = (c) => logit(page, pageFeatureVector(c, ctx, buffer)) + panelBonus(c.panelTypes);
  } else {
    const base = { set, connectorFeature, headFirst, ...(lexicon === undefined ? {} : { lexicon }) };
    const ctx = resources.languageData ? { ...base, languageData: resources.languageData } : base;
    const buffer = new Array<number>(FEATURE_NAMES.length).fill(0);
    const ranker = resources.ranker;
    model = ranker;
    modelScore = (c) => logit(ranker, featureVector(c, ctx, buffer)) + structureBonus(c);
  }
  const scored: { c: Candidate; score: number }[] = [];
  for (const c of set.candidates.values()) {
    scored.push({ c, score: modelScore(c) + vocabularyBonus(c, resources.vocabulary) - (isCommonName(c, lexicon) ? NAME_PENALTY : 0) });
  }
  scored.sort((a, b) => b.score - a.score || (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0));
  return { totalWords: set.totalWords, phrases: materialise(scored, model, LEMMA_LANGUAGES.has(code) ? lexicon : undefined) };
}
