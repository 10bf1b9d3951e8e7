import { describe, expect, it } from 'vitest';
import { getLanguageKit } from '../lang/index.js';
import type { TextBlock } from '../types.js';
import { extractCandidates } from './extract.js';

const en = getLanguageKit('en')!;
const block = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ text, zone: 'paragraph', marks: [], ...extra });

describe('extractCandidates', () => {
  it('builds 1..4-word n-grams inside runs split at stopwords and punctuation', () => {
    const set = extractCandidates([block('Neural network training for speech recognition, and 42 graphs.')], en);
    const keys = [...set.candidates.keys()];
    expect(keys).toContain('neural network train');
    expect(keys).toContain('speech recognit');
    expect(keys).not.toContain('train speech'); // "for" is a stopword
    expect(keys.some((k) => k.includes('42'))).toBe(false);
    expect(keys.some((k) => k.startsWith('recognit graph'))).toBe(false); // comma
  });
  it('counts occurrences, keeps the most frequent surface and the structure it occurs in', () => {
    const set = extractCandidates(
      [block('Graph Theory', { zone: 'title' }), block('graph theory', { zone: 'heading', headingLevel: 2 }), block('graph theory rocks', { marks: [{ start: 0, end: 5, mark: 'strong' }] })],
      en,
    );
    const c = set.candidates.get('graph theori')!;
    expect(c.count).toBe(3);
    expect(c.inTitle).toBe(true);
    expect(c.headingMask).toBe(1 << 2);
    expect(c.emphasisMask).not.toBe(0);
    expect(c.surfaces?.get('graph theory')).toBe(2);
    expect(c.firstBlock).toBe(0);
    expect(set.totalWords).toBe(7);
  });
  it("splits French elisions: \"l'analyse syntaxique\" is a candidate, \"d'\" links like \"de\"", () => {
    const fr = getLanguageKit('fr')!;
    const set = extractCandidates([block("Nous présentons l'analyse syntaxique et le traitement d'images.")], fr);
    const surfaces = [...set.candidates.values()].map((c) => c.firstSurface);
    expect(surfaces).toContain('analyse syntaxique');
    expect(surfaces).toContain("traitement d'images");
    expect(surfaces.some((s) => s.startsWith("l'") || s.startsWith("d'"))).toBe(false);
  });
  it("reads an English possessive as its noun and breaks the phrase after it (no label `user's-guide`)", () => {
    const surfaces = [...extractCandidates([block("The user's guide and the don't list")], en).candidates.values()].map((c) => c.firstSurface);
    expect(surfaces).toContain('user');
    expect(surfaces).toContain('guide');
    expect(surfaces.some((s) => s.includes("'s"))).toBe(false);
  });
});
