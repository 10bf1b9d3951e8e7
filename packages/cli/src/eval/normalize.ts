import snowball from 'snowball-stemmers';
import { stemmer as porter } from 'stemmer';

/** Snowball algorithm names by ISO 639-1 code (the languages `snowball-stemmers` ships). */
const SNOWBALL: Readonly<Record<string, string>> = {
  ar: 'arabic', ca: 'catalan', cs: 'czech', da: 'danish', de: 'german', es: 'spanish', eu: 'basque', fi: 'finnish',
  fr: 'french', ga: 'irish', hu: 'hungarian', hy: 'armenian', it: 'italian', nl: 'dutch', no: 'norwegian',
  pt: 'portuguese', ro: 'romanian', ru: 'russian', sl: 'slovene', sv: 'swedish', ta: 'tamil', tr: 'turkish',
};

/** A word stemmer for the evaluation's normalisation. */
export type WordStemmer = (word: string) => string;

/**
 * The evaluation's stemmer for a language: Porter for English, Snowball for the others that Snowball
 * covers, identity (lowercase only) for the rest — e.g. Polish, which Snowball lacks.
 */
export function evaluationStemmer(language: string): WordStemmer {
  if (language === 'en') return porter;
  const algorithm = SNOWBALL[language];
  if (algorithm === undefined) return (word) => word;
  const s = snowball.newStemmer(algorithm);
  return (word) => s.stem(word);
}

/**
 * Normalises a phrase as docs/evaluation.md says: lowercase, split on whitespace and hyphens, stem
 * every word, join with single spaces.
 */
export function normalizePhrase(phrase: string, stem: WordStemmer): string {
  return phrase
    .toLowerCase()
    .split(/[\s\-‐‑–]+/u)
    .filter((w) => w.length > 0)
    .map(stem)
    .join(' ');
}

/** Normalises a ranked list and removes duplicates after normalising, keeping the first occurrence. */
export function normalizeRanked(phrases: readonly string[], stem: WordStemmer): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of phrases) {
    const n = normalizePhrase(p, stem);
    if (n.length === 0 || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}
