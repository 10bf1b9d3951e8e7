/** @module labels — Confluence label names, matching keys, existing-label and vocabulary matching. Re-exports only. */
export { MAX_LABEL_LENGTH, REJECTED_LABEL_CHARS, isValidConfluenceLabel, toConfluenceLabel } from './confluence-label.js';
export { compactLabelKey, labelKey } from './label-key.js';
export { createLabelMatcher } from './label-matcher.js';
export type { LabelMatcher } from './label-matcher.js';
export { createVocabularySpeller } from './vocabulary-speller.js';
export type { VocabularySpeller } from './vocabulary-speller.js';
export { createLabelResolver } from './label-resolver.js';
export type { LabelResolver, LabelResolverOptions, ResolvedLabel } from './label-resolver.js';
