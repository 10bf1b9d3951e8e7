import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH, REJECTED_LABEL_CHARS, isValidConfluenceLabel, toConfluenceLabel } from '../../src/labels/index.js';

/** Strings made of characters that stress case mapping, normalisation, separators and surrogates. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom('İ', 'ẞ', 'Σ', 'ς', 'ﬁ', 'ǅ', 'Å', 'ΐ', '\u0301', '\u0307', '\u0345', '😀', '\uD83D', '\uDE00'),
      fc.constantFrom('-', ' ', '.', '\t', '\u0000', '\u200B', '\u200D', '\u2060', '\u00A0', 'a', 'ß'),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

describe('toConfluenceLabel', () => {
  it('gives plain ASCII phrases (its fast path) the same label as the general rules would', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
    const phrase = fc.array(fc.tuple(word, fc.constantFrom(' ', '-')), { minLength: 1, maxLength: 30 }).map((parts) => parts.flat().join('').slice(0, -1));
    fc.assert(
      fc.property(phrase, (p) => {
        // The general rules, spelled out: lowercase, whitespace runs to '-', '-' runs collapsed, ends trimmed, ≤ 255.
        let expected = p.toLowerCase().replace(/\s+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_LABEL_LENGTH).replace(/-+$/, '');
        if (expected === '') expected = undefined as unknown as string;
        expect(toConfluenceLabel(p)).toBe(expected);
        expect(toConfluenceLabel(`${p} `)).toBe(expected); // a trailing space leaves the fast path
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it('lowercases and joins words with -', () => {
    expect(toConfluenceLabel('Release Checklist')).toBe('release-checklist');
    expect(toConfluenceLabel('  REST   API  ')).toBe('rest-api');
    expect(toConfluenceLabel('HÉLLO Wörld')).toBe('héllo-wörld');
    expect(toConfluenceLabel('Straße\tÜBER\nalles')).toBe('straße-über-alles');
  });

  it('is locale-independent (Turkish dotted I lowercases the same everywhere)', () => {
    expect(toConfluenceLabel('TITLE')).toBe('title');
    expect(toConfluenceLabel('İstanbul')).toBe('i̇stanbul');
  });

  it('turns every rejected character into a separator', () => {
    expect(toConfluenceLabel('node.js')).toBe('node-js');
    expect(toConfluenceLabel('Q&A: (draft) [v1.2]!')).toBe('q-a-draft-v1-2');
    expect(toConfluenceLabel('a,b;c<d>e?f@g^h*i#j')).toBe('a-b-c-d-e-f-g-h-i-j');
    for (const ch of REJECTED_LABEL_CHARS) expect(toConfluenceLabel(`x${ch}y`)).toBe('x-y');
  });

  it('keeps the characters Confluence accepts', () => {
    expect(toConfluenceLabel("ci/cd")).toBe('ci/cd');
    expect(toConfluenceLabel('c++_"quoted"\'s')).toBe('c++_"quoted"\'s');
    expect(toConfluenceLabel('日本語')).toBe('日本語');
    expect(toConfluenceLabel('🚀 launch')).toBe('🚀-launch');
  });

  it('collapses and trims separators', () => {
    expect(toConfluenceLabel('--a -- b--')).toBe('a-b');
    expect(toConfluenceLabel('a\u200Bb')).toBe('ab');
  });

  it('gives undefined when nothing is left', () => {
    for (const text of ['', '   ', '---', '!?.,', '\u200B', '\uD800']) expect(toConfluenceLabel(text)).toBeUndefined();
    expect(toConfluenceLabel(undefined as unknown as string)).toBeUndefined();
    expect(toConfluenceLabel(42 as unknown as string)).toBeUndefined();
  });

  it('cuts at 255 UTF-16 code units without splitting a surrogate pair', () => {
    expect(toConfluenceLabel('a'.repeat(300))).toHaveLength(MAX_LABEL_LENGTH);
    const emoji = toConfluenceLabel('😀'.repeat(200))!;
    expect(emoji.length).toBe(MAX_LABEL_LENGTH - 1);
    expect(emoji.endsWith('😀')).toBe(true);
    expect(toConfluenceLabel('a' + '😀'.repeat(200))).toHaveLength(MAX_LABEL_LENGTH);
    expect(toConfluenceLabel('a'.repeat(254) + ' b')).toBe('a'.repeat(254));
  });

  it('is idempotent when an invisible character separates a letter from its combining mark', () => {
    const label = toConfluenceLabel('A\u030A\u200B\u0301')!;
    expect(toConfluenceLabel(label)).toBe(label);
  });

  it('drops lone surrogates', () => {
    expect(toConfluenceLabel('ab\uDC00c')).toBe('abc');
  });

  it('always gives a valid label or undefined, and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string(), tricky), (text) => {
        const label = toConfluenceLabel(text);
        if (label === undefined) return;
        expect(isValidConfluenceLabel(label)).toBe(true);
        expect(toConfluenceLabel(label)).toBe(label);
        expect(label.startsWith('-') || label.endsWith('-') || label.includes('--')).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('isValidConfluenceLabel', () => {
  it('accepts labels Confluence stores unchanged', () => {
    for (const label of ['api', 'rest-api', 'ci/cd', 'c++', 'héllo', '日本語', '🚀', 'a'.repeat(255)]) {
      expect(isValidConfluenceLabel(label)).toBe(true);
    }
  });

  it('rejects what Confluence rejects or changes', () => {
    for (const label of ['', 'a b', 'a\tb', 'my:foo', 'v1.2', 'a,b', 'API', 'a'.repeat(256), 'x\uD800', 'a\u0000b']) {
      expect(isValidConfluenceLabel(label)).toBe(false);
    }
    expect(isValidConfluenceLabel(null as unknown as string)).toBe(false);
  });
});
