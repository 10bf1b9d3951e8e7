/** @module lang — language detection and per-language kits (stopwords, stemmer). Re-exports only. */
export type { DetectedLanguage, LanguageKit } from './types.js';
export { SUPPORTED_LANGUAGES, getLanguageKit } from './languages.js';
export { detectLanguage, languageSample, UNDETERMINED, MAX_SAMPLE_CHARS, MIN_LETTERS } from './detect-language.js';
export { createLanguageKit, STEM_CACHE_SIZE } from './language-kit.js';
export type { LanguageKitSpec } from './language-kit.js';
