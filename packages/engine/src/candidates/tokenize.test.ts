import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits words and records phrase breaks at punctuation but not at spaces or single hyphens', () => {
    const t = tokenize('Real-time systems, and graphs.');
    expect(t.map((x) => x.surface)).toEqual(['Real', 'time', 'systems', 'and', 'graphs']);
    expect(t.map((x) => x.breakBefore)).toEqual([true, false, false, true, false]);
  });
  it('keeps inner apostrophes and marks sentence starts', () => {
    const t = tokenize("The user's guide. Next");
    expect(t.map((x) => x.lower)).toEqual(['the', "user's", 'guide', 'next']);
    expect(t.map((x) => x.sentenceStart)).toEqual([true, false, false, true]);
  });
  it('breaks at a blank line and at the parser boundary mark', () => {
    expect(tokenize('alpha\n\nbeta • gamma').map((x) => x.breakBefore)).toEqual([true, true, true]);
    expect(tokenize('alpha\nbeta')[1]!.breakBefore).toBe(false);
  });
});
