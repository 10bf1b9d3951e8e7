import type { LabelResolver } from './labels/index.js';
import type { RankedPhrase } from './rank/ranked-phrase.js';
import type { Suggestion } from './types.js';

/** How the best phrases become suggestions. */
export interface SelectionRules {
  readonly maxSuggestions: number;
  readonly minRelevance: number;
  /** The labels step: Confluence form, existing labels and variants out, vocabulary spelling. */
  readonly resolver: LabelResolver;
}

/**
 * Select: walks the ranked phrases best first, lets the label resolver turn each into a label (or
 * refuse it), and stops at `maxSuggestions` or below `minRelevance`.
 * Result sorted by relevance (desc), then label (asc).
 */
export function selectSuggestions(phrases: Iterable<RankedPhrase>, rules: SelectionRules): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const r of phrases) {
    if (suggestions.length >= rules.maxSuggestions || r.relevance < rules.minRelevance) break;
    const resolved = rules.resolver.resolve(r.phrase);
    if (resolved === undefined) continue;
    suggestions.push({ label: resolved.label, phrase: r.phrase, relevance: r.relevance, evidence: r.evidence, fromVocabulary: resolved.fromVocabulary });
  }
  return suggestions.sort((a, b) => b.relevance - a.relevance || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
