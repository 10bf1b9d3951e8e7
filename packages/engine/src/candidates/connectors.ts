/**
 * Stopwords that may stand inside a candidate phrase, between two content words: "plan de formation",
 * "equipo de soporte", "quality of service". Never first or last, one at a time. Languages that build
 * compounds or use case endings instead (de, sv, da, no, fi, ru, pl) have none.
 */
const CONNECTORS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['of']),
  fr: new Set(['de', 'du', 'des', "d'"]),
  es: new Set(['de', 'del']),
  pt: new Set(['de', 'do', 'da', 'dos', 'das']),
  it: new Set(['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello']),
  nl: new Set(['van']),
};

const NONE: ReadonlySet<string> = new Set();

/** The connectors of a language (ISO 639-1), empty for languages without. */
export function connectorsOf(language: string): ReadonlySet<string> {
  return Object.hasOwn(CONNECTORS, language) ? CONNECTORS[language]! : NONE;
}
