/** @module @labelup/engine — public API (re-exports only). */
export type * from './types.js';
