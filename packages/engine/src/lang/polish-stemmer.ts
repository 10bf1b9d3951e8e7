/**
 * A light Polish stemmer: Snowball has no Polish algorithm, and the npm Polish stemmers found
 * (@nlpjs/lang-pl's, a port of B. Kubiński's pl_stemmer) work on diacritic-stripped text and give
 * different stems for forms of one noun (`aplikacja` → `aplik`, `aplikacje` → `aplikacj`).
 *
 * Modelled on the light stemmer of Dolamic & Savoy for Czech ("Indexing and stemming approaches for
 * the Czech language", Information Processing & Management 45(6), 2009; Lucene's CzechStemmer):
 * remove one inflectional (case) ending, longest first, keeping a stem of at least
 * {@link MIN_STEM} characters; then normalise the stem so alternating forms share a key:
 * - a stem-final soft consonant loses its accent (`wiadomość` and `wiadomości` → `wiadomośc`);
 * - `ą` → `ę` and `ó` → `o` inside the stem (`błąd`/`błędy`, `ogród`/`ogrodu`);
 * - locative `-rze` after a consonant stem becomes `-r` (`serwerze` → `serwer`).
 * Stems are matching keys, not words to show. Verbs are only lightly handled: labels are nouns.
 */

/** Fewest characters left after removing an ending. */
export const MIN_STEM = 3;
/**
 * Nouns whose nominative ends in `-em` (also the instrumental ending): the `-em` of a word ending in
 * one of these stays (`system`, `podsystem`; `systemem` still loses its ending). The dative
 * adjective ending `-emu` is left out of the endings for the same reason (`systemu`, `problemu`).
 */
const NOMINATIVES_IN_EM: readonly string[] = [
  'system', 'problem', 'modem', 'tandem', 'totem', 'item', 'emblem', 'teorem', 'harem', 'poem', 'golem',
];

/** Case endings of nouns and adjectives; `i`-initial variants mark a soft stem. Longest first. */
const ENDINGS: readonly string[] = [
  'iami', 'iach', 'iego',
  'ach', 'ami', 'ego', 'ych', 'ich', 'ymi', 'imi', 'iom', 'iów', 'iem', 'owi', 'iej',
  'om', 'ów', 'em', 'ej', 'ie', 'ii', 'ia', 'iu', 'ią', 'ię', 'io', 'ym', 'im',
  'ą', 'ę', 'a', 'e', 'i', 'o', 'u', 'y',
].sort((a, b) => b.length - a.length);

const HARDEN: Readonly<Record<string, string>> = { ć: 'c', ń: 'n', ś: 's', ź: 'z' };

function removeEnding(word: string): string {
  if (word.endsWith('rze') && word.length - 2 >= MIN_STEM + 1) return word.slice(0, -2);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (ending === 'em' && NOMINATIVES_IN_EM.some((noun) => word.endsWith(noun))) continue;
    if ([...stem].length >= MIN_STEM) return stem;
  }
  return word;
}

/** Stem one lowercased Polish word. */
export function stemPolish(word: string): string {
  if ([...word].length <= MIN_STEM) return word;
  let stem = removeEnding(word);
  const last = stem.at(-1) ?? '';
  const hard = HARDEN[last];
  if (hard !== undefined) stem = stem.slice(0, -1) + hard;
  return stem.replaceAll('ą', 'ę').replaceAll('ó', 'o');
}
