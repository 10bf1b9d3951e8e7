import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLanguageKit } from '../../src/lang/index.js';
import { createLabelResolver, isValidConfluenceLabel, labelKey } from '../../src/labels/index.js';

const en = getLanguageKit('en')!;

describe('createLabelResolver', () => {
  it('turns phrases into valid labels', () => {
    const resolver = createLabelResolver({ kit: en });
    expect(resolver.resolve('Release Checklist')).toEqual({ label: 'release-checklist', fromVocabulary: false });
    expect(resolver.resolve('  !!  ')).toBeUndefined();
  });

  it('drops labels on the page and their variants', () => {
    const resolver = createLabelResolver({ kit: en, existingLabels: ['api', 'test-case'] });
    for (const phrase of ['API', 'apis', 'test cases', 'testcases']) expect(resolver.resolve(phrase)).toBeUndefined();
    expect(resolver.resolve('rest api')?.label).toBe('rest-api');
  });

  it("takes the space's spelling and says so", () => {
    const resolver = createLabelResolver({ kit: en, vocabulary: [{ label: 'release-notes', count: 7 }, { label: 'apis', count: 3 }] });
    expect(resolver.resolve('release note')).toEqual({ label: 'release-notes', fromVocabulary: true });
    expect(resolver.resolve('API')).toEqual({ label: 'apis', fromVocabulary: true });
  });

  it('drops a vocabulary spelling that is already on the page through another key', () => {
    const resolver = createLabelResolver({ kit: en, existingLabels: ['testcase'], vocabulary: [{ label: 'testcases', count: 3 }] });
    expect(resolver.resolve('testcase')).toBeUndefined();
  });

  it('gives each label once, whatever variant comes later', () => {
    const resolver = createLabelResolver({ kit: en });
    expect(resolver.resolve('deployment')?.label).toBe('deployment');
    expect(resolver.resolve('deployments')).toBeUndefined();
    expect(resolver.resolve('e-mail')?.label).toBe('e-mail');
    expect(resolver.resolve('email')).toBeUndefined();
  });

  it('never gives an invalid label, a page label variant, or two labels with one key (property)', () => {
    const word = fc.constantFrom('api', 'APIs', 'test', 'tests', 'case', 'cases', 'release', 'notes', 'e-mail', 'email', 'v1.2', '!!', 'Ünïcode');
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(phrase, { maxLength: 3 }), (phrases, existingLabels) => {
        const resolver = createLabelResolver({ kit: en, existingLabels });
        const existingKeys = new Set(existingLabels.map((l) => labelKey(l, en)));
        const keys = new Set<string>();
        for (const p of phrases) {
          const resolved = resolver.resolve(p);
          if (resolved === undefined) continue;
          expect(isValidConfluenceLabel(resolved.label)).toBe(true);
          const key = labelKey(resolved.label, en);
          expect(existingKeys.has(key)).toBe(false);
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        }
      }),
    );
  });
});
