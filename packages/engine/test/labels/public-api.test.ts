import { describe, expect, it } from 'vitest';
import * as engine from '../../src/index.js';

describe('engine entry point', () => {
  it('exports the language and label API', () => {
    for (const name of [
      'SUPPORTED_LANGUAGES', 'detectLanguage', 'getLanguageKit', 'MAX_LABEL_LENGTH', 'toConfluenceLabel', 'isValidConfluenceLabel',
      'labelKey', 'createLabelMatcher', 'createVocabularySpeller', 'createLabelResolver',
    ]) {
      expect(engine, name).toHaveProperty(name);
    }
    expect(engine.toConfluenceLabel('Release Notes')).toBe('release-notes');
    expect(engine.getLanguageKit('de')?.name).toBe('German');
  });
});
