import type { LanguageKit } from '../lang/types.js';
import type { VocabularyEntry } from '../types.js';
import { toConfluenceLabel } from './confluence-label.js';
import { compactLabelKey, labelKey } from './label-key.js';
import { createLabelMatcher } from './label-matcher.js';
import { createVocabularySpeller } from './vocabulary-speller.js';

/** What the page already has and what the space already uses. */
export interface LabelResolverOptions {
  /** The page language's kit (its stemmer makes the matching keys). */
  readonly kit: LanguageKit;
  /** Labels already on the page: never suggested again, nor their variants. */
  readonly existingLabels?: readonly string[];
  /** The space's label vocabulary: a variant takes the vocabulary's spelling. */
  readonly vocabulary?: readonly VocabularyEntry[];
}

/** A phrase turned into the label to suggest. */
export interface ResolvedLabel {
  readonly label: string;
  /** True when the spelling came from the space vocabulary. */
  readonly fromVocabulary: boolean;
}

/** Turns ranked phrases, best first, into labels to suggest. Stateful: remembers what it gave. */
export interface LabelResolver {
  /**
   * The label for `phrase`, or `undefined` when it makes no valid label, is already on the page
   * (or is a variant of a label there), or is a variant of a label this resolver already gave.
   */
  resolve(phrase: string): ResolvedLabel | undefined;
}

/**
 * The labels step of the pipeline: Confluence form (`toConfluenceLabel`), existing labels and their
 * variants removed (`createLabelMatcher`), the space's spelling taken (`createVocabularySpeller`),
 * and variants of an earlier suggestion removed, so `api` and `apis` are never both suggested.
 */
export function createLabelResolver(options: LabelResolverOptions): LabelResolver {
  const { kit } = options;
  const existing = createLabelMatcher(options.existingLabels ?? [], kit);
  const speller = createVocabularySpeller(options.vocabulary ?? [], kit);
  const given = new Set<string>();
  const keys = (label: string): string[] => [`w:${labelKey(label, kit)}`, `c:${compactLabelKey(label, kit)}`];
  return {
    resolve(phrase: string): ResolvedLabel | undefined {
      const form = toConfluenceLabel(phrase);
      if (form === undefined || existing.has(form)) return undefined;
      const spelled = speller.spell(form);
      const label = spelled?.label ?? form;
      if (spelled !== undefined && existing.has(label)) return undefined;
      const labelKeys = label === form ? keys(form) : [...keys(form), ...keys(label)];
      if (labelKeys.some((key) => given.has(key))) return undefined;
      for (const key of labelKeys) given.add(key);
      return { label, fromVocabulary: spelled !== undefined };
    },
  };
}
