import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLanguageKit } from '../../src/lang/index.js';
import { createVocabularySpeller, labelKey } from '../../src/labels/index.js';
import type { VocabularyEntry } from '../../src/types.js';

const en = getLanguageKit('en')!;

describe('createVocabularySpeller', () => {
  it("takes the space's spelling of a variant", () => {
    const speller = createVocabularySpeller([{ label: 'api', count: 12 }, { label: 'release-notes', count: 3 }], en);
    expect(speller.spell('apis')).toEqual({ label: 'api', count: 12 });
    expect(speller.spell('release note')).toEqual({ label: 'release-notes', count: 3 });
    expect(speller.spell('releasenotes')?.label).toBe('release-notes');
    expect(speller.spell('changelog')).toBeUndefined();
  });

  it('prefers the most used spelling, then the first in label order', () => {
    const speller = createVocabularySpeller(
      [{ label: 'apis', count: 2 }, { label: 'api', count: 9 }, { label: 'test', count: 4 }, { label: 'tests', count: 4 }],
      en,
    );
    expect(speller.spell('api')?.label).toBe('api');
    expect(speller.spell('testing')?.label).toBe('test');
  });

  it('prefers a same-words match over a compact one', () => {
    const speller = createVocabularySpeller([{ label: 'testcase', count: 50 }, { label: 'test-case', count: 1 }], en);
    expect(speller.spell('test cases')?.label).toBe('test-case');
    expect(speller.spell('testcases')?.label).toBe('testcase');
  });

  it('ignores invalid entries and bad counts without throwing', () => {
    const vocabulary = [
      { label: 'Bad Label', count: 100 }, { label: '', count: 5 }, null, { label: 'api', count: Number.NaN },
      { label: 'apis', count: -3 }, { count: 1 },
    ] as unknown as VocabularyEntry[];
    const speller = createVocabularySpeller(vocabulary, en);
    expect(speller.spell('bad label')).toBeUndefined();
    expect(speller.spell('api')).toEqual({ label: 'api', count: 0 });
    expect(speller.spell(undefined as unknown as string)).toBeUndefined();
  });

  it('gives the same answer whatever the vocabulary order, with the same key (property)', () => {
    const label = fc.constantFrom('api', 'apis', 'test', 'tests', 'testing', 'test-case', 'test-cases', 'testcase', 'release', 'releases');
    const entries = fc.uniqueArray(fc.record({ label, count: fc.nat(5) }), { selector: (e) => e.label, maxLength: 10 });
    fc.assert(
      fc.property(entries, label, (vocabulary, candidate) => {
        const forward = createVocabularySpeller(vocabulary, en).spell(candidate);
        const backward = createVocabularySpeller([...vocabulary].reverse(), en).spell(candidate);
        expect(backward).toEqual(forward);
        if (forward && labelKey(forward.label, en) === labelKey(candidate, en)) {
          const rivals = vocabulary.filter((e) => labelKey(e.label, en) === labelKey(candidate, en));
          expect(Math.max(...rivals.map((e) => e.count))).toBe(forward.count);
        }
      }),
    );
  });
});
