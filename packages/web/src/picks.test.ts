import { describe, expect, it } from 'vitest';
import type { SuggestedLabel } from '../../service/src/api/contract.js';
import { addToPick, canAddPick, goodJob, maxPick, ourPick, pickExcess, relevancePercent, removeFromPick } from './picks.js';

const suggestion = (label: string, relevance: number): SuggestedLabel => ({
  label, phrase: label, relevance,
  evidence: { count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] },
});

describe('ourPick', () => {
  it('takes suggestions strictly above 0.7, best first', () => {
    const pick = ourPick([suggestion('b', 0.8), suggestion('low', 0.7), suggestion('a', 0.95), suggestion('c', 0.71)], []);
    expect(pick.map((s) => s.label)).toEqual(['a', 'b', 'c']);
  });

  it('takes at most 5', () => {
    const many = Array.from({ length: 9 }, (_, i) => suggestion(`l${i}`, 0.9 - i * 0.01));
    expect(ourPick(many, []).map((s) => s.label)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4']);
  });

  it('leaves out labels already on the page, case-insensitively', () => {
    const pick = ourPick([suggestion('api', 0.9), suggestion('rest', 0.8)], ['API']);
    expect(pick.map((s) => s.label)).toEqual(['rest']);
  });

  it('orders ties by label', () => {
    expect(ourPick([suggestion('zeta', 0.8), suggestion('alpha', 0.8)], []).map((s) => s.label)).toEqual(['alpha', 'zeta']);
  });

  it('is empty when nothing is strong', () => {
    expect(ourPick([suggestion('x', 0.5)], [])).toEqual([]);
  });
});

describe('goodJob', () => {
  it('praises a labelled page with nothing strong left to add', () => {
    expect(goodJob([suggestion('x', 0.5)], ['api'])).toBe(true);
    expect(goodJob([suggestion('x', 0.9)], ['api'])).toBe(false);
    expect(goodJob([suggestion('x', 0.5)], [])).toBe(false);
  });
});

describe('your pick', () => {
  it('adds without duplicates and removes', () => {
    const pick = addToPick(addToPick(addToPick([], 'a'), 'b'), 'a');
    expect(pick).toEqual(['a', 'b']);
    expect(removeFromPick(pick, 'a')).toEqual(['b']);
  });

  it('allows at most 20 labels at a time', () => {
    const twenty = Array.from({ length: maxPick }, (_, i) => `l${i}`);
    expect(maxPick).toBe(20);
    expect(pickExcess(twenty)).toBe(0);
    expect(canAddPick(twenty)).toBe(true);
    const over = addToPick(addToPick(twenty, 'x'), 'y');
    expect(pickExcess(over)).toBe(2);
    expect(canAddPick(over)).toBe(false);
    expect(canAddPick([])).toBe(false);
  });
});

describe('relevancePercent', () => {
  it('rounds and clamps', () => {
    expect(relevancePercent(0.834)).toBe(83);
    expect(relevancePercent(1.2)).toBe(100);
    expect(relevancePercent(-1)).toBe(0);
    expect(relevancePercent(Number.NaN)).toBe(0);
  });
});
