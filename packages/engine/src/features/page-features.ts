import type { Candidate, CandidateSet } from '../candidates/candidate.js';
import { UNSEEN_RARITY, type Lexicon } from '../lexicon/index.js';

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

const ACRONYM = /^[\p{Lu}\p{N}]{2,8}$/u;
const WORD_SPLIT = /[\s-]+/u;

/** The feature vector of one candidate for the documentation ranker (see PAGE_FEATURE_NAMES). */
export function pageFeatureVector(c: Candidate, ctx: PageFeatureContext, out: number[] = new Array<number>(PAGE_FEATURE_NAMES.length)): number[] {
  const total = Math.max(1, ctx.set.totalWords);
  const n = c.stems.length;
  let logWordCounts = 0;
  for (const stem of c.stems) logWordCounts += Math.log(ctx.set.stemCounts.get(stem) ?? 1);
  const count = c.count;
  out[0] = Math.log1p(count);
  out[1] = Math.log1p(total);
  out[2] = Math.log1p((1000 * count) / total);
  out[3] = c.firstWord / total;
  out[4] = Math.log1p(c.firstWord);
  out[5] = (c.lastWord - c.firstWord) / total;
  out[6] = n === 1 ? 1 : 0;
  out[7] = n === 2 ? 1 : 0;
  out[8] = n >= 3 ? 1 : 0;
  out[9] = c.inTitle ? 1 : 0;
  out[10] = c.maximalCount / count;
  out[11] = c.leftInside / count;
  out[12] = c.rightInside / count;
  out[13] = c.leftStop / count;
  out[14] = c.rightStop / count;
  out[15] = c.capitalisedCount / count;
  out[16] = Math.log(count) - logWordCounts / n;
  out[17] = Math.log((c.stems[n - 1] ?? '').length + 1);
  out[18] = ctx.connectorFeature && c.connectors > 0 ? 1 : 0;

  lexiconFeatures(c, ctx.lexicon, ctx.headFirst, out, 19);
  out[30] = c.headingCount > 0 ? 1 : 0;
  out[31] = c.headingCount / count;
  out[32] = (c.headingMask & 0b110) !== 0 ? 1 : 0;
  out[33] = c.emphasisMask !== 0 ? 1 : 0;
  out[34] = c.inTitle && count === 1 ? 1 : 0;
  out[35] = c.inTitle && n === 1 ? 1 : 0;
  return out;
}

/** Names of the features `lexiconFeatures` writes, in order. */
export const LEXICON_FEATURE_NAMES = ['rarityMean', 'rarityMin', 'rarityHead', 'unseenShare', 'tfRarity', 'headNoun', 'headProper', 'headUnknown', 'singleAdjective', 'anyAdjective', 'acronym'] as const;

/**
 * The lexicon's features of a candidate, written into out[at .. at + 10]: general-language rarity of its
 * words (mean, least, head; share unseen; count-weighted), the head's word class, adjectives, acronyms.
 */
export function lexiconFeatures(c: Candidate, lexicon: Lexicon | undefined, headFirst: boolean, out: number[], at: number): void {
  const count = c.count;
  const words = c.firstSurface.split(WORD_SPLIT).filter((w) => w.length > 0);
  let raritySum = 0;
  let rarityMin = Infinity;
  let unseen = 0;
  let adjectives = 0;
  const headIndex = headFirst ? 0 : words.length - 1;
  let headRarity = UNSEEN_RARITY;
  let headClass: ReturnType<Lexicon['wordClass']>;
  for (let i = 0; i < words.length; i += 1) {
    const lower = words[i]!.toLowerCase();
    const r = lexicon === undefined ? UNSEEN_RARITY : lexicon.wordRarity(lower);
    const cls = lexicon?.wordClass(lower);
    raritySum += r;
    rarityMin = Math.min(rarityMin, r);
    if (r >= UNSEEN_RARITY) unseen += 1;
    if (cls === 'A') adjectives += 1;
    if (i === headIndex) {
      headRarity = r;
      headClass = cls;
    }
  }
  const m = Math.max(1, words.length);
  out[at] = raritySum / m / UNSEEN_RARITY;
  out[at + 1] = (Number.isFinite(rarityMin) ? rarityMin : UNSEEN_RARITY) / UNSEEN_RARITY;
  out[at + 2] = headRarity / UNSEEN_RARITY;
  out[at + 3] = unseen / m;
  out[at + 4] = (Math.log1p(count) * raritySum) / m / UNSEEN_RARITY;
  out[at + 5] = headClass === 'N' ? 1 : 0;
  out[at + 6] = headClass === 'P' ? 1 : 0;
  out[at + 7] = headClass === undefined ? 1 : 0;
  out[at + 8] = c.stems.length === 1 && headClass === 'A' ? 1 : 0;
  out[at + 9] = adjectives > 0 ? 1 : 0;
  out[at + 10] = words.length === 1 && ACRONYM.test(c.firstSurface) ? 1 : 0;
}
