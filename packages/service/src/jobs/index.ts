/** Jobs: the suggestion job processor and its parts. */
export { createSuggestProcessor, type SuggestProcessorDeps } from './suggest-processor.js';
export { writeSuggestionProperty, type PropertyBody, type WriteResult } from './write-suggestion-property.js';
export { toOutcome, type SuggestionOutcome } from './suggestion-outcome.js';
export { classifyError } from './classify-error.js';
