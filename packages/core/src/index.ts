/**
 * @module @labelup/core — Label UP!'s platform-neutral core, shared by the Connect service
 * (packages/service) and the Forge app (packages/forge): the suggestion job and its failure
 * classes, the `labelup` content property, the dialogs' view rules and operations, the page
 * gateway port and the contract the dialogs speak. It imports neither platform.
 */
export * from './ports.js';
export * from './suggestion-property.js';
export type * from './contract.js';
export { hashSiteKey } from './site-hash.js';
export { createSuggestJob, type SuggestJobDeps } from './jobs/suggest-processor.js';
export { writeSuggestionProperty, type PropertyBody, type WriteResult } from './jobs/write-suggestion-property.js';
export { toOutcome, type SuggestionOutcome } from './jobs/suggestion-outcome.js';
export { classifyError } from './jobs/classify-error.js';
export { buildSuggestionsView, type ViewInputs } from './view/suggestions-view.js';
export { addLabelsBodySchema, isVisibleLabel, labelSchema, requestSuggestionsBodySchema } from './view/label-rules.js';
export type { MarkPendingOutcome, PageGateway, PageRef, StoredSuggestions } from './pages/page-gateway.js';
export { markPending, PendingConflictError, readStoredSuggestions, toStoredSuggestions, type MarkPendingOptions } from './pages/property-operations.js';
export { addLabels, createDialogOperations, type DialogOperations, type DialogOperationsDeps, type RequestOutcome, type ViewedPage } from './operations/dialog-operations.js';
