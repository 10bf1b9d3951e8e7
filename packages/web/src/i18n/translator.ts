/**
 * Formats the catalog messages of one language. Messages are ICU MessageFormat, formatted by FormatJS's
 * `intl-messageformat` (pinned in package.json): it is small, has no React context or global instance of
 * its own, takes plural categories from the browser's `Intl.PluralRules` (Polish and Russian one/few/many
 * included) and numbers from `Intl.NumberFormat`, so every rule comes from CLDR rather than from us.
 * A message that fails to format falls back to English, then to its key: the person never sees a crash.
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { languageList, languageName } from '../language-names.js';
import { en, type Catalog, type MessageKey } from '../messages.js';
import { loadCatalog } from './catalogs/index.js';
import { fallbackLanguage, formattingLocale, uiLanguageOf, type UiLanguage } from './languages.js';

/** Values of a message's arguments. */
export type MessageValues = Readonly<Record<string, PrimitiveType>>;

/** Everything the dialogs say, in one language. */
export interface Translator {
  /** The catalog language (`de`). */
  readonly language: UiLanguage;
  /** The locale for numbers, lists and names (`de-DE`). */
  readonly locale: string;
  /** The message for `key`, its arguments filled from `values`. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A list in words ("a, b and c"). */
  list(items: readonly (string | number)[]): string;
  /** The name of a language in this language (`ja` → "Japanisch"). */
  languageName(code: string): string;
  /** Language names as a list in words, in alphabetical order of this language. */
  languageList(codes: readonly string[]): string;
}

/**
 * The translator for a host locale (`de-DE`, `pt_BR`, `nb-NO`; undefined or a language without a
 * catalog → English), with its catalog fetched; English when the catalog cannot be fetched.
 */
export async function loadTranslator(locale: string | undefined, load: (language: UiLanguage) => Promise<Catalog> = loadCatalog): Promise<Translator> {
  try {
    return createTranslator(locale, await load(uiLanguageOf(locale)));
  } catch {
    return createTranslator(fallbackLanguage, en);
  }
}

/** A translator for a host locale and the catalog of its language (see `loadTranslator`). */
export function createTranslator(locale: string | undefined, catalog: Catalog): Translator {
  const language = uiLanguageOf(locale);
  const formatLocale = formattingLocale(locale);
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const english = catalog === en ? undefined : createTranslator(fallbackLanguage, en);

  const t = (key: MessageKey, values: MessageValues = {}): string => {
    try {
      let format = compiled.get(key);
      if (!format) {
        format = new IntlMessageFormat(catalog[key], formatLocale, undefined, { ignoreTag: true });
        compiled.set(key, format);
      }
      return String(format.format<string>(values as Record<string, PrimitiveType>));
    } catch {
      return english ? english.t(key, values) : (en[key] ?? key);
    }
  };

  return {
    language,
    locale: formatLocale,
    t,
    list: (items) => new Intl.ListFormat(formatLocale, { style: 'long', type: 'conjunction' }).format(items.map(String)),
    languageName: (code) => languageName(code, formatLocale),
    languageList: (codes) => languageList(codes, formatLocale),
  };
}
