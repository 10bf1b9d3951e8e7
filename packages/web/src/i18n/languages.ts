/**
 * The languages of the dialogs (the engine's 13) and how a host's locale picks one: Confluence gives a
 * locale such as `de-DE` (Connect's `AP.user.getLocale`), `pt_BR` (a profile in Java form) or
 * `nb-NO` (Forge's context locale); its language picks the catalog, anything else gets English.
 */

/** Languages with a catalog, English first (the fallback). */
export const uiLanguages = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'sv', 'da', 'no', 'fi'] as const;

/** A language with a catalog. */
export type UiLanguage = (typeof uiLanguages)[number];

/** The language used when the host gives no locale, or one without a catalog. */
export const fallbackLanguage: UiLanguage = 'en';

/** Norwegian Bokmål and Nynorsk read the one Norwegian catalog. */
const aliases: Readonly<Record<string, UiLanguage>> = { nb: 'no', nn: 'no' };

/** The locale tag of `locale` in BCP 47 form (`pt_BR` → `pt-BR`), or undefined when it is not one. */
export function canonicalLocale(locale: string | undefined): string | undefined {
  const tag = locale?.trim().replace(/_/g, '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The catalog language for a host locale (`de-DE` → `de`, `pt_BR` → `pt`, `nb-NO` → `no`); English otherwise. */
export function uiLanguageOf(locale: string | undefined): UiLanguage {
  const tag = canonicalLocale(locale);
  if (!tag) return fallbackLanguage;
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  const language = aliases[primary] ?? primary;
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : fallbackLanguage;
}

/**
 * The locale for numbers, lists and language names: the host's own locale when its language has a
 * catalog (so `pt-BR` formats as in Brazil and `de-CH` as in Switzerland), else the catalog language.
 */
export function formattingLocale(locale: string | undefined): string {
  const tag = canonicalLocale(locale);
  const language = uiLanguageOf(locale);
  if (tag && uiLanguageOf(tag) === language && language !== fallbackLanguage) return tag;
  if (tag && language === fallbackLanguage && tag.toLowerCase().startsWith('en')) return tag;
  return language;
}
