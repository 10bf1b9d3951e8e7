import type { LanguageKit } from '../lang/types.js';
import { compactLabelKey, labelKey } from './label-key.js';

/** Tells whether a candidate is one of a page's labels or a morphological variant of one. */
export interface LabelMatcher {
  /** The existing label the candidate is (or is a variant of), else `undefined`. */
  find(candidate: string): string | undefined;
  /** True when {@link find} finds a label. */
  has(candidate: string): boolean;
}

/**
 * Index existing labels (the ones on a page) by their stemmed key and their compact key (see
 * `label-key.ts`), so `apis`, `API` and `test-cases`/`testcase` match `api` and `test-case`.
 * Labels that make no key (empty, only separators) are ignored. The first label listed wins a key.
 */
export function createLabelMatcher(existing: readonly string[], kit: LanguageKit): LabelMatcher {
  const byKey = new Map<string, string>();
  const byCompact = new Map<string, string>();
  for (const label of existing) {
    if (typeof label !== 'string') continue;
    const key = labelKey(label, kit);
    if (key === '') continue;
    if (!byKey.has(key)) byKey.set(key, label);
    const compact = compactLabelKey(label, kit);
    if (!byCompact.has(compact)) byCompact.set(compact, label);
  }
  const find = (candidate: string): string | undefined => {
    if (typeof candidate !== 'string') return undefined;
    const key = labelKey(candidate, kit);
    if (key === '') return undefined;
    return byKey.get(key) ?? byCompact.get(compactLabelKey(candidate, kit));
  };
  return { find, has: (candidate) => find(candidate) !== undefined };
}
