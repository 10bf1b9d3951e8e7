/** @module @labelup/engine — public API (re-exports only). */
export type * from './types.js';
export { suggestLabels, MIN_WORDS } from './suggest.js';
export { DEFAULT_OPTIONS } from './suggest-options.js';
export { SUPPORTED_LANGUAGES, detectLanguage } from './lang/index.js';
export { parsePage } from './parse/index.js';
