/**
 * @module lexicon — what a word is, per language: its word class (from Universal Dependencies treebanks),
 * its lemma for nouns and adjectives, how common it is in general language (a film-subtitle frequency
 * list), and the closed lists no label may contain (weekdays, months). Built lazily per language.
 */
import { calendarWords } from './calendar.js';
import { RAW_TABLES } from './tables.js';

/**
 * Word classes of the shipped tables: N noun, P proper noun, A adjective, V verb (auxiliaries included),
 * R adverb, F function word (pronoun, determiner, adposition, conjunction, particle, interjection,
 * numeral). A form that is a noun in ≥ 30 % of its treebank occurrences is N or P (`update`, `release`).
 */
export type WordClass = 'N' | 'P' | 'A' | 'V' | 'R' | 'F';

/** One language's lexicon. */
export interface Lexicon {
  readonly language: string;
  /** The class of a lower-cased form, `undefined` when the treebanks never saw it (most technical terms). */
  wordClass(form: string): WordClass | undefined;
  /** The lower-cased lemma of a noun or adjective form when it differs from the form. */
  lemma(form: string): string | undefined;
  /**
   * How rare a word is in general language: the natural log of its frequency rank (0 for the most common
   * word), `UNSEEN_RARITY` for words outside the list.
   */
  rarity(word: string): number;
  /** `rarity` of the word or of its lemma, whichever is more common (memoised: called for every candidate word). */
  wordRarity(word: string): number;
  /** Weekday and month names (and their usual abbreviations): never part of a label. */
  isCalendarWord(form: string): boolean;
}

/** Rarity of a word outside the 50,000-word frequency list (ln of twice the list's length). */
export const UNSEEN_RARITY = Math.log(100_000);

interface Built {
  readonly classes: Map<string, WordClass>;
  readonly lemmas: Map<string, string>;
  readonly ranks: Map<string, number>;
}

const built = new Map<string, Lexicon>();

function build(language: string): Built | undefined {
  const raw = Object.hasOwn(RAW_TABLES, language) ? RAW_TABLES[language] : undefined;
  if (raw === undefined) return undefined;
  const classes = new Map<string, WordClass>();
  const lemmas = new Map<string, string>();
  for (const line of raw.pos.split('\n')) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    const form = line.slice(0, first);
    classes.set(form, line.charAt(first + 1) as WordClass);
    if (second > 0) lemmas.set(form, line.slice(second + 1));
  }
  const ranks = new Map<string, number>();
  raw.freq.split('\n').forEach((word, rank) => {
    if (!ranks.has(word)) ranks.set(word, rank);
  });
  return { classes, lemmas, ranks };
}

/**
 * Languages whose treebank lexicon is small and whose written norm is close to another's: a form the own
 * lexicon lacks is looked up in the sibling's (Danish and Norwegian Bokmål share most of their written
 * vocabulary and inflection; the Danish treebank gives only 5,558 forms).
 */
const SIBLINGS: Readonly<Record<string, string>> = { da: 'no', no: 'da' };

/** The lexicon of a supported language (ISO 639-1), built on first use; `undefined` for others. */
export function lexiconFor(language: string): Lexicon | undefined {
  const cached = built.get(language);
  if (cached !== undefined) return cached;
  const tables = build(language);
  if (tables === undefined) return undefined;
  const calendar = calendarWords(language);
  const sibling = Object.hasOwn(SIBLINGS, language) ? build(SIBLINGS[language]!) : undefined;
  const classOf = sibling === undefined ? (form: string) => tables.classes.get(form) : (form: string) => tables.classes.get(form) ?? sibling.classes.get(form);
  const lemmaOf = sibling === undefined ? (form: string) => tables.lemmas.get(form) : (form: string) => (tables.classes.has(form) ? tables.lemmas.get(form) : sibling.lemmas.get(form));
  const rarityCache = new Map<string, number>();
  const wordRarityCache = new Map<string, number>();
  const lexicon: Lexicon = Object.freeze({
    language,
    wordClass: classOf,
    lemma: lemmaOf,
    rarity(word: string): number {
      const rank = tables.ranks.get(word);
      if (rank !== undefined) return Math.log1p(rank);
      let r = rarityCache.get(word);
      if (r === undefined) {
        // Inflected or compound forms outside the list: take the rarer of its parts when hyphenated,
        // else unseen. Bounded cache, cleared when full.
        const parts = word.split(/[-'’]/u).filter((p) => p.length > 0);
        r = parts.length > 1 ? Math.max(...parts.map((p) => { const k = tables.ranks.get(p); return k === undefined ? UNSEEN_RARITY : Math.log1p(k); })) : UNSEEN_RARITY;
        if (rarityCache.size > 20_000) rarityCache.clear();
        rarityCache.set(word, r);
      }
      return r;
    },
    wordRarity(word: string): number {
      let r = wordRarityCache.get(word);
      if (r === undefined) {
        const lemma = lemmaOf(word);
        r = lemma === undefined ? lexicon.rarity(word) : Math.min(lexicon.rarity(word), lexicon.rarity(lemma));
        if (wordRarityCache.size > 50_000) wordRarityCache.clear();
        wordRarityCache.set(word, r);
      }
      return r;
    },
    isCalendarWord: (form: string) => calendar.has(form),
  });
  built.set(language, lexicon);
  return lexicon;
}
