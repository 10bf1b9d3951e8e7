import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestLabels } from '../../src/suggest.js';
import { getLanguageKit } from '../../src/lang/index.js';

/** Confluence rejects these in label names (space ! # & ( ) * , . : ; < > ? @ [ ] ^ and tab). */
const FORBIDDEN = /[\s!#&()*,.:;<>?@[\]^]/u;

const word = fc.constantFrom(
  'graph', 'network', 'neural', 'the', 'of', 'label', 'page', 'Confluence', 'release', 'notes', 'système', 'données', 'a', 'and',
  'real-time', "user's", '42', 'API', 'deployment', 'pipeline', 'Ω', '日本語', 'x', 'is', 'server', 'très',
);
const punctuation = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ' - ', ': ', '(', ') ', '!', ' • ');
const body = fc.array(fc.tuple(word, punctuation), { minLength: 0, maxLength: 80 }).map((parts) => parts.map(([w, p]) => w + p).join(''));
const page = fc.record({ body, title: fc.option(body, { nil: undefined }), language: fc.constantFrom(undefined, 'en', 'fr', 'de') });

describe('suggestLabels properties', () => {
  it('returns valid, traceable, non-stopword labels with relevance in [0, 1], sorted, deterministically', () => {
    fc.assert(
      fc.property(page, ({ body: text, title, language }) => {
        const input = { body: text, format: 'text' as const, ...(title === undefined ? {} : { title }), ...(language === undefined ? {} : { language }) };
        const result = suggestLabels(input);
        expect(suggestLabels(input)).toEqual(result);
        const kit = getLanguageKit(result.language === 'und' ? 'en' : result.language)!;
        const pageText = `${title ?? ''}\n${text}`.toLowerCase().replace(/\s+/gu, ' ');
        result.suggestions.forEach((s, i) => {
          expect(s.label.length).toBeGreaterThan(0);
          expect(s.label.length).toBeLessThanOrEqual(255);
          expect(s.label).toBe(s.label.toLowerCase());
          expect(FORBIDDEN.test(s.label)).toBe(false);
          expect(s.relevance).toBeGreaterThanOrEqual(0);
          expect(s.relevance).toBeLessThanOrEqual(1);
          // A phrase comes from the page; a document kind (release-notes…) from its title or headings.
          if (s.evidence.kind) expect(s.evidence.kind.signals.length).toBeGreaterThan(0);
          else expect(pageText).toContain(s.phrase.toLowerCase());
          expect(s.label.split('-').every((w) => kit.stopwords.has(w))).toBe(false);
          const next = result.suggestions[i + 1];
          if (next) expect(s.relevance > next.relevance || (s.relevance === next.relevance && s.label < next.label)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
