/**
 * Names of languages for the person, from ISO 639-1 codes. Uses the browser's Intl.DisplayNames so
 * that names follow the UI language without a hand-kept table; an unknown code, or a browser without
 * DisplayNames, shows the code as given.
 */

/** The display name of `code` in `uiLocale` (e.g. `de` → "German", in `fr` "allemand"). */
export function languageName(code: string, uiLocale = 'en'): string {
  try {
    return new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A readable list of language names in `uiLocale`, sorted as that language sorts ("English, French and German"). */
export function languageList(codes: readonly string[], uiLocale = 'en'): string {
  const names = codes.map((c) => languageName(c, uiLocale)).sort(new Intl.Collator(uiLocale).compare);
  try {
    return new Intl.ListFormat(uiLocale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
