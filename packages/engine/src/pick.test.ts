import { describe, expect, it } from 'vitest';
import { checkPickRule, chooseOurPick, DEFAULT_PICK_RULE } from './pick.js';

const s = (label: string, relevance: number) => ({ label, relevance });

describe('chooseOurPick', () => {
  const rule = { maxLabels: 3, threshold: 0.6, floor: 0.2 };
  it('takes every suggestion at or above the threshold, best first, at most maxLabels', () => {
    expect(chooseOurPick([s('c', 0.6), s('a', 0.9), s('d', 0.59), s('b', 0.7), s('e', 0.95)], [], rule).map((x) => x.label)).toEqual(['e', 'a', 'b']);
  });
  it('falls back to the single best suggestion at or above the floor', () => {
    expect(chooseOurPick([s('a', 0.3), s('b', 0.25)], [], rule).map((x) => x.label)).toEqual(['a']);
    expect(chooseOurPick([s('a', 0.19)], [], rule)).toEqual([]);
  });
  it('leaves out labels on the page (case-insensitively) and non-finite relevance', () => {
    expect(chooseOurPick([s('api', 0.9), s('rest', 0.3), s('nan', Number.NaN)], ['API'], rule).map((x) => x.label)).toEqual(['rest']);
  });
  it('keeps the caller\'s objects', () => {
    const x = { label: 'a', relevance: 0.9, extra: 1 };
    expect(chooseOurPick([x], [], rule)[0]).toBe(x);
  });
  it('has defaults within their own bounds', () => {
    expect(checkPickRule(DEFAULT_PICK_RULE)).toBe(DEFAULT_PICK_RULE);
    expect(DEFAULT_PICK_RULE.floor).toBeLessThanOrEqual(DEFAULT_PICK_RULE.threshold);
  });
  it('refuses a bad rule with a RangeError naming the field', () => {
    expect(() => chooseOurPick([], [], { ...rule, maxLabels: 0 })).toThrow(/maxLabels/u);
    expect(() => chooseOurPick([], [], { ...rule, threshold: 1.5 })).toThrow(/threshold/u);
    expect(() => chooseOurPick([], [], { ...rule, floor: Number.NaN })).toThrow(/floor/u);
  });
});
