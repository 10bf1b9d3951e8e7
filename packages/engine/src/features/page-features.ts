import type { Candidate, CandidateSet } from '../candidates/candidate.js';
import type { Lexicon } from '../lexicon/index.js';
import { lexiconFeatures } from './lexicon-features.js';
import { pageStatistics } from './page-statistics.js';

/**
 * Features of the documentation ranker (the model for pages with structure — headings, emphasis, lists
 * — as Confluence pages are), in vector order. Unlike `FEATURE_NAMES` they need no per-language table
 * built from keyphrase sets: only the page itself and the language's lexicon (word class, general-language
 * rarity), which every supported language has, so one model serves all thirteen.
 */
export const PAGE_FEATURE_NAMES = [
  'logCount', 'logDocWords', 'logRelativeFrequency', 'firstPositionRelative', 'logFirstPosition', 'spread',
  'words1', 'words2', 'words3', 'inTitle', 'maximalRatio', 'leftInsideRatio', 'rightInsideRatio', 'leftStopRatio',
  'rightStopRatio', 'capitalisedRatio', 'tightness', 'lastStemLength', 'hasConnector',
  'rarityMean', 'rarityMin', 'rarityHead', 'unseenShare', 'tfRarity',
  'headNoun', 'headProper', 'headUnknown', 'singleAdjective', 'anyAdjective', 'acronym', // = LEXICON_FEATURE_NAMES
  'inHeading', 'headingShare', 'inTopHeading', 'emphasised', 'titleOnly', 'titleSingle',
] as const;

/** What the page features need besides the candidate. */
export interface PageFeatureContext {
  readonly set: CandidateSet;
  readonly lexicon: Lexicon | undefined;
  /** The head of a noun phrase is its first word (fr, es, pt, it) rather than its last. */
  readonly headFirst: boolean;
  readonly connectorFeature: boolean;
}


/** The feature vector of one candidate for the documentation ranker (see PAGE_FEATURE_NAMES). */
export function pageFeatureVector(c: Candidate, ctx: PageFeatureContext, out: number[] = new Array<number>(PAGE_FEATURE_NAMES.length)): number[] {
  pageStatistics(c, ctx.set, ctx.connectorFeature, out, true);
  const count = c.count;
  const n = c.stems.length;
  lexiconFeatures(c, ctx.lexicon, ctx.headFirst, out, 19);
  out[30] = c.headingCount > 0 ? 1 : 0;
  out[31] = c.headingCount / count;
  out[32] = (c.headingMask & 0b110) !== 0 ? 1 : 0;
  out[33] = c.emphasisMask !== 0 ? 1 : 0;
  out[34] = c.inTitle && count === 1 ? 1 : 0;
  out[35] = c.inTitle && n === 1 ? 1 : 0;
  return out;
}

/** ln of the frequency rank under which a capitalised word is a common name in general language. */
const COMMON_NAME_RARITY = Math.log(15_000);

/**
 * A one-word candidate that looks like a person's or place's name: always capitalised away from sentence
 * starts, not a noun, adjective or verb by the lexicon, and common in general language (film subtitles are
 * full of first names and cities: `sarah`, `patrick`, `london`), unlike product names (`kubernetes`,
 * `grafana`, `ubuntu`, which the list does not hold). Names are rarely labels, and the `labelup` property —
 * readable by every viewer of the page — should not collect people's names (product promise), so the
 * rankers subtract `NAME_PENALTY` from such a candidate's logit. Learned as a feature it got a weight of
 * −0.04: the documentation sets hold too few names to teach it.
 */
export const NAME_PENALTY = 1.5;

export function isCommonName(c: Candidate, lexicon: Lexicon | undefined): boolean {
  if (lexicon === undefined || c.stems.length !== 1 || c.capitalisedCount === 0 || c.capitalisedCount < 0.9 * c.count) return false;
  const lower = c.firstSurface.toLowerCase();
  const cls = lexicon.wordClass(lower);
  if (cls === 'N' || cls === 'A' || cls === 'V') return false;
  return lexicon.rarity(lower) < COMMON_NAME_RARITY;
}
