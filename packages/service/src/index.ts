/** @module @labelup/service */
export {};
