/** @module @labelup/confluence-client */
export {};
