import type { LanguageKit } from '../lang/types.js';
import type { VocabularyEntry } from '../types.js';
import { isValidConfluenceLabel } from './confluence-label.js';
import { compactLabelKey, labelKey } from './label-key.js';

/** Maps a candidate label to the spelling the space already uses. */
export interface VocabularySpeller {
  /** The vocabulary entry spelling the candidate (same stemmed or compact key), else `undefined`. */
  spell(candidate: string): VocabularyEntry | undefined;
}

/** How many pages carry a vocabulary entry: its count when a non-negative finite number, else 0. */
export function vocabularyCount(entry: VocabularyEntry): number {
  return Number.isFinite(entry.count) && entry.count > 0 ? entry.count : 0;
}

/** Higher count first; equal counts: the label first in UTF-16 code-unit order (deterministic). */
function better(a: VocabularyEntry, b: VocabularyEntry): boolean {
  return a.count !== b.count ? a.count > b.count : a.label < b.label;
}

function remember(index: Map<string, VocabularyEntry>, key: string, entry: VocabularyEntry): void {
  const current = index.get(key);
  if (current === undefined || better(entry, current)) index.set(key, entry);
}

/**
 * Index a space's label vocabulary (`{label, count}`: how many pages carry each label) so that a
 * candidate takes the space's spelling: `apis` becomes `api` when the space uses `api`. Among labels
 * sharing a key the most used wins, ties broken by label order. The stemmed key is tried before the
 * compact key. Entries that are not valid Confluence labels are ignored; a count that is not a
 * non-negative finite number counts as 0.
 */
export function createVocabularySpeller(vocabulary: readonly VocabularyEntry[], kit: LanguageKit): VocabularySpeller {
  const byKey = new Map<string, VocabularyEntry>();
  const byCompact = new Map<string, VocabularyEntry>();
  for (const raw of vocabulary) {
    if (raw === null || typeof raw !== 'object' || !isValidConfluenceLabel(raw.label)) continue;
    const count = vocabularyCount(raw);
    const entry: VocabularyEntry = { label: raw.label, count };
    const key = labelKey(entry.label, kit);
    if (key === '') continue;
    remember(byKey, key, entry);
    remember(byCompact, compactLabelKey(entry.label, kit), entry);
  }
  return {
    spell(candidate: string): VocabularyEntry | undefined {
      if (typeof candidate !== 'string') return undefined;
      const key = labelKey(candidate, kit);
      if (key === '') return undefined;
      return byKey.get(key) ?? byCompact.get(compactLabelKey(candidate, kit));
    },
  };
}
