import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, getLanguageKit } from '../../src/lang/index.js';

describe('English kit', () => {
  const kit = getLanguageKit('en')!;

  it('is supported and found case-insensitively', () => {
    expect(SUPPORTED_LANGUAGES).toContain('en');
    expect(getLanguageKit('EN')).toBe(kit);
    expect(kit.name).toBe('English');
  });

  it('stems with Porter, as the evaluation normalises English', () => {
    const pairs: [string, string][] = [
      ['apis', 'api'], ['cases', 'case'], ['testing', 'test'], ['tested', 'test'], ['networks', 'network'],
      ['caresses', 'caress'], ['ponies', 'poni'], ['generalizations', 'gener'], ['relational', 'relat'],
      ['running', 'run'], ['hopeful', 'hope'],
    ];
    for (const [word, stem] of pairs) expect(kit.stem(word)).toBe(stem);
  });

  it('returns the same stem from its cache', () => {
    expect(kit.stem('deployments')).toBe(kit.stem('deployments'));
    expect(kit.stem('deployments')).toBe(kit.stem('deployment'));
  });

  it('has function words as stopwords', () => {
    for (const w of ['the', 'and', 'of', 'however', 'which', 'would', 'also', 'lot']) expect(kit.stopwords.has(w)).toBe(true);
  });
});
