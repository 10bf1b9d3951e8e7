import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, getLanguageKit } from '../../src/lang/index.js';

const word = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.stringMatching(/^[a-zäöüßéèàçñãõòùąęłńóśźżæøåёа-я]{1,15}$/u),
);

describe('stemmers (property)', () => {
  for (const code of SUPPORTED_LANGUAGES) {
    it(`${code}: any lowercased string stems to a string, the same every time (ß may become ss)`, () => {
      const kit = getLanguageKit(code)!;
      fc.assert(
        fc.property(word, (raw) => {
          const w = raw.toLowerCase();
          const stem = kit.stem(w);
          expect(typeof stem).toBe('string');
          expect(kit.stem(w)).toBe(stem);
          expect(stem.length).toBeLessThanOrEqual(2 * w.length);
        }),
        { numRuns: 300 },
      );
    });
  }
});
