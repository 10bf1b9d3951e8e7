/**
 * Keyphraseness of word stems for one language (KEA/Maui's "keyphraseness", Medelyan 2009): of the
 * development documents containing a stem, in how many it was part of a gold keyphrase. Shipped as data,
 * built by `scripts/train/train-ranker.js` from development sets only (see docs/BENCHMARKS.md).
 */
export interface Keyphraseness {
  /** Share of (document, stem) pairs where the stem is in a keyphrase: the prior for unseen stems. */
  readonly prior: number;
  /** Stem → [documents where it is in a keyphrase, documents containing it]. */
  readonly words: Readonly<Record<string, readonly [number, number]>>;
}

/** Pseudo-count pulling rare stems toward the prior. */
const SMOOTHING = 4;

/** Smoothed keyphraseness of one stem, in (0, 1). */
export function stemKeyphraseness(table: Keyphraseness, stem: string): number {
  const entry = Object.hasOwn(table.words, stem) ? table.words[stem] : undefined;
  const [inKeyphrase, present] = entry ?? [0, 0];
  return (inKeyphrase + SMOOTHING * table.prior) / (present + SMOOTHING);
}
