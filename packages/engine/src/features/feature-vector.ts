import type { Candidate, CandidateSet } from '../candidates/candidate.js';
import { inverseDocumentFrequency, type DocumentFrequency } from './document-frequency.js';
import { stemKeyphraseness, type Keyphraseness } from './keyphraseness.js';
import { lexiconFeatures } from './lexicon-features.js';
import { pageStatistics } from './page-statistics.js';
import type { Lexicon } from '../lexicon/index.js';

/**
 * Names of the features, in vector order. The trained model stores the same list and is rejected when
 * it differs, so a renamed or reordered feature cannot silently pair with the wrong weight.
 */
export const FEATURE_NAMES = [
  'logCount', 'logDocWords', 'logRelativeFrequency', 'firstPositionRelative', 'logFirstPosition', 'spread',
  'words1', 'words2', 'words3', 'inTitle', 'maximalRatio', 'leftInsideRatio', 'rightInsideRatio', 'leftStopRatio',
  'rightStopRatio', 'capitalisedRatio', 'tightness', 'lastStemLength', 'hasConnector',
  'idfMean', 'idfMin', 'tfIdf', 'keyphrasenessMean', 'keyphrasenessFirst', 'keyphrasenessLast', 'keyphrasenessMin',
  'rarityMean', 'rarityMin', 'rarityHead', 'unseenShare', 'tfRarity', 'headNoun', 'headProper', 'headUnknown', 'singleAdjective', 'anyAdjective', 'acronym',
] as const;

/** Language data shipped with the engine for some languages (built from development sets). */
export interface LanguageData {
  readonly documentFrequency: DocumentFrequency;
  readonly keyphraseness: Keyphraseness;
}

/** Document-level context shared by all candidates of a page. */
export interface FeatureContext {
  readonly set: CandidateSet;
  /** Present for languages with shipped data; the features that need it are 0 otherwise. */
  readonly languageData?: LanguageData;
  /**
   * `hasConnector` is learned from English, where "X of Y" is mostly not a keyphrase; in the Romance
   * languages and Dutch "X de Y" is the ordinary noun phrase, so the feature is left at 0 there.
   */
  readonly connectorFeature?: boolean;
  /** The language's lexicon (every supported language has one); its features are 0 without. */
  readonly lexicon?: Lexicon;
  /** The head of a noun phrase is its first word (fr, es, pt, it). */
  readonly headFirst?: boolean;
}

/** Features from the language data: IDF and keyphraseness (log-odds) of the words (zeros without data). */
function languageFeatures(c: Candidate, count: number, data: LanguageData | undefined, out: number[], at: number): void {
  if (data === undefined) {
    out.fill(0, at, at + 7);
    return;
  }
  const n = c.stems.length;
  let idfSum = 0;
  let idfMin = Infinity;
  let kpSum = 0;
  let kpMin = Infinity;
  let kpFirst = 0;
  let kpLast = 0;
  c.stems.forEach((stem, i) => {
    const idf = inverseDocumentFrequency(data.documentFrequency, stem);
    idfSum += idf;
    idfMin = Math.min(idfMin, idf);
    const p = stemKeyphraseness(data.keyphraseness, stem);
    const kp = Math.log(p / (1 - p)); // log-odds: spreads the many small probabilities for a linear ranker
    kpSum += kp;
    kpMin = Math.min(kpMin, kp);
    if (i === 0) kpFirst = kp;
    if (i === n - 1) kpLast = kp;
  });
  out[at] = idfSum / n;
  out[at + 1] = idfMin;
  out[at + 2] = (Math.log1p(count) * idfSum) / n / 10;
  out[at + 3] = kpSum / n;
  out[at + 4] = kpFirst;
  out[at + 5] = kpLast;
  out[at + 6] = kpMin;
}

/**
 * The feature vector of one candidate; see FEATURE_NAMES for the meaning of each entry. Written into
 * `out` when given (the ranker reuses one buffer for all candidates of a page).
 */
export function featureVector(c: Candidate, ctx: FeatureContext, out: number[] = new Array<number>(FEATURE_NAMES.length)): number[] {
  pageStatistics(c, ctx.set, ctx.connectorFeature === true, out);
  const count = c.count;
  languageFeatures(c, count, ctx.languageData, out, 19);
  if (ctx.lexicon === undefined) out.fill(0, 26, 37);
  else lexiconFeatures(c, ctx.lexicon, ctx.headFirst === true, out, 26);
  return out;
}
