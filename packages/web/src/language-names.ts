/**
 * Names of languages for the person, from ISO 639-1 codes. Uses the browser's Intl.DisplayNames so
 * that names follow the UI language without a hand-kept table; unknown codes are shown as given.
 */

/** The display name of `code` in `uiLanguage` (e.g. `de` → "German"). */
export function languageName(code: string, uiLanguage = 'en'): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A readable list of language names (e.g. "English, French and German"). */
export function languageList(codes: readonly string[], uiLanguage = 'en'): string {
  const names = codes.map((c) => languageName(c, uiLanguage));
  return new Intl.ListFormat(uiLanguage, { style: 'long', type: 'conjunction' }).format(names);
}
