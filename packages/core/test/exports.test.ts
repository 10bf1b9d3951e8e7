import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

describe('@labelup/core', () => {
  it('exports exactly its public runtime names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'PENDING_TIMEOUT_MS',
      'PendingConflictError',
      'RateLimitedJobError',
      'RetryableJobError',
      'SUGGESTION_PROPERTY_KEY',
      'SUGGESTION_PROPERTY_SCHEMA_VERSION',
      'UnrecoverableJobError',
      'addLabels',
      'addLabelsBodySchema',
      'buildSuggestionsView',
      'classifyError',
      'createDialogOperations',
      'createSuggestJob',
      'hashSiteKey',
      'isStalePending',
      'isVisibleLabel',
      'labelSchema',
      'markPending',
      'parseSuggestionProperty',
      'readStoredSuggestions',
      'requestSuggestionsBodySchema',
      'toOutcome',
      'toStoredSuggestions',
      'writeSuggestionProperty',
    ]);
  });
});
