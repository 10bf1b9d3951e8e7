import type { Candidate } from '../candidates/candidate.js';
import { UNSEEN_RARITY, type Lexicon } from '../lexicon/index.js';

const ACRONYM = /^[\p{Lu}\p{N}]{2,8}$/u;
const WORD_SPLIT = /[\s-]+/u;

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
