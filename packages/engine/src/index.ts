/** @module @labelup/engine — public API (re-exports only). */
export type * from './types.js';
export { suggestLabels, MIN_WORDS } from './suggest.js';
export { DEFAULT_OPTIONS } from './suggest-options.js';
export { SUPPORTED_LANGUAGES, detectLanguage } from './lang/index.js';
export { parsePage } from './parse/index.js';
export { getLanguageKit } from './lang/index.js';
export type { DetectedLanguage, LanguageKit } from './lang/index.js';
export {
  MAX_LABEL_LENGTH, createLabelMatcher, createLabelResolver, createVocabularySpeller, isValidConfluenceLabel, labelKey, toConfluenceLabel,
} from './labels/index.js';
export type { LabelMatcher, LabelResolver, LabelResolverOptions, ResolvedLabel, VocabularySpeller } from './labels/index.js';
export { DEFAULT_PICK_RULE, checkPickRule, chooseOurPick } from './pick.js';
export type { Pickable, PickRule } from './pick.js';
