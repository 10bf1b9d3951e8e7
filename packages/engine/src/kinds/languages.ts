/** The 13 languages the engine supports. */
export const KIND_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'sv', 'da', 'no', 'fi'] as const;

export type KindLanguage = (typeof KIND_LANGUAGES)[number];

/** Per-language vocabulary: a missing language has none of its own (English still applies). */
export type PerLanguage<T> = Partial<Readonly<Record<KindLanguage, T>>>;

const ALIASES: Readonly<Record<string, KindLanguage>> = { nb: 'no', nn: 'no' };

/** `de`, `DE`, `de-CH`, `de_AT` → `de`; `nb`/`nn` → `no`; anything else → undefined. */
export function kindLanguage(code: string): KindLanguage | undefined {
  if (typeof code !== 'string') return undefined;
  const primary = code.toLowerCase().split(/[-_]/)[0] ?? '';
  const alias = Object.hasOwn(ALIASES, primary) ? ALIASES[primary] : undefined;
  if (alias !== undefined) return alias;
  return (KIND_LANGUAGES as readonly string[]).includes(primary) ? (primary as KindLanguage) : undefined;
}
