import type { LanguageKit } from './types.js';

/** What is needed to build a {@link LanguageKit}. */
export interface LanguageKitSpec {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  /** Reviewed, lowercased stopwords. */
  readonly stopwords: readonly string[];
  /** The raw stemmer for one lowercased word (e.g. a Snowball stemmer). */
  readonly stem: (word: string) => string;
}

/**
 * Most stems remembered per language. Stemming is the hot path of candidate extraction (every token of
 * every page); a document's vocabulary repeats heavily, so a bounded cache removes most of the cost.
 * When full the cache is cleared rather than evicted entry by entry: cheaper, and the working set of
 * the next pages refills it within a few documents.
 */
export const STEM_CACHE_SIZE = 50_000;

/** Build a language kit whose `stem` is memoised in a bounded per-kit cache. */
export function createLanguageKit(spec: LanguageKitSpec): LanguageKit {
  const cache = new Map<string, string>();
  const rawStem = spec.stem;
  return Object.freeze({
    code: spec.code,
    name: spec.name,
    stopwords: new Set(spec.stopwords),
    stem(word: string): string {
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const stemmed = rawStem(word);
      if (cache.size >= STEM_CACHE_SIZE) cache.clear();
      cache.set(word, stemmed);
      return stemmed;
    },
  });
}
