/** @module @labelup/emulator — a faithful local Confluence Cloud for tests and the demo. */
export * from './state/index.js';
