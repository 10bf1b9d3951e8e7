/**
 * Text normalisation shared by the title patterns, the heading vocabulary and the page text, so that
 * both sides of every comparison are folded the same way.
 */

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lowercase, diacritics removed (NFD, combining marks dropped: `é → e`, `ü → u`, `å → a`, `ё → е`,
 * `й → и`, `ó → o`; letters that are not composed — `ß ø æ ł` — stay), every run of characters
 * that is not a letter or a digit (punctuation, apostrophes, dashes, the parser's `•` boundary)
 * turned into one space, trimmed. Dropping diacritics is safe here because every key we compare
 * against is folded by this same function; the few pairs it conflates are not kind words.
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(NOT_WORD, ' ').trim();
}

/**
 * Folds a regular-expression source written in lowercase with diacritics: the marks go, as in
 * {@link fold}; the source is not lowercased (that would turn `\S` into `\s`).
 */
export function foldPattern(source: string): string {
  return source.normalize('NFD').replace(MARKS, '');
}

const NUMBER_TOKEN = /^\d+$/;

/** `fold(text)` without leading and trailing number tokens ("1. Summary", "Timeline (2)", "Q3 2026" keeps "q3"). */
export function foldHeading(text: string): string {
  const words = fold(text).split(' ');
  let start = 0;
  let end = words.length;
  while (start < end && NUMBER_TOKEN.test(words[start] ?? '')) start += 1;
  while (end > start && NUMBER_TOKEN.test(words[end - 1] ?? '')) end -= 1;
  return words.slice(start, end).join(' ');
}
