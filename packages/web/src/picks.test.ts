import { describe, expect, it } from 'vitest';
import type { SuggestedLabel } from '../../core/src/contract.js';
import { addToPick, canAddPick, goodJob, maxPick, ourPick, pickExcess, relevancePercent, removeFromPick } from './picks.js';

const suggestion = (label: string, relevance: number): SuggestedLabel => ({
  label, phrase: label, relevance,
  evidence: { count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] },
});

describe('ourPick (the engine rule: threshold, else the best one over the floor)', () => {
  const rule = { maxLabels: 5, threshold: 0.5, floor: 0.1 };
  it('takes every suggestion at or above the threshold, best first', () => {
    const pick = ourPick([suggestion('b', 0.6), suggestion('low', 0.49), suggestion('a', 0.95), suggestion('c', 0.5)], [], rule);
    expect(pick.map((s) => s.label)).toEqual(['a', 'b', 'c']);
  });

  it('takes at most the rule\'s count', () => {
    const many = Array.from({ length: 9 }, (_, i) => suggestion(`l${i}`, 0.9 - i * 0.01));
    expect(ourPick(many, [], rule).map((s) => s.label)).toEqual(['l0', 'l1', 'l2', 'l3', 'l4']);
    expect(ourPick(many, [], { ...rule, maxLabels: 2 }).map((s) => s.label)).toEqual(['l0', 'l1']);
  });

  it('leaves out labels already on the page, case-insensitively', () => {
    const pick = ourPick([suggestion('api', 0.9), suggestion('rest', 0.8)], ['API'], rule);
    expect(pick.map((s) => s.label)).toEqual(['rest']);
  });

  it('orders ties by label', () => {
    expect(ourPick([suggestion('zeta', 0.8), suggestion('alpha', 0.8)], [], rule).map((s) => s.label)).toEqual(['alpha', 'zeta']);
  });

  it('takes the best one alone when none reaches the threshold but it reaches the floor', () => {
    expect(ourPick([suggestion('x', 0.3), suggestion('y', 0.2)], [], rule).map((s) => s.label)).toEqual(['x']);
  });

  it('is empty when nothing reaches the floor', () => {
    expect(ourPick([suggestion('x', 0.09)], [], rule)).toEqual([]);
  });

  it('uses the engine default rule when none is given', () => {
    expect(ourPick([suggestion('x', 0.99)], []).map((s) => s.label)).toEqual(['x']);
    expect(ourPick([suggestion('x', 0.001)], [])).toEqual([]);
  });
});

describe('goodJob', () => {
  const rule = { maxLabels: 5, threshold: 0.5, floor: 0.1 };
  it('praises a page whose labels are the strongest suggestions', () => {
    expect(goodJob([suggestion('api', 0.9), suggestion('x', 0.05)], ['api'], rule)).toBe(true);
  });
  it('does not praise when a strong suggestion is left to add', () => {
    expect(goodJob([suggestion('api', 0.9), suggestion('x', 0.8)], ['api'], rule)).toBe(false);
  });
  it('never praises because nothing was strong', () => {
    expect(goodJob([suggestion('x', 0.05)], ['api'], rule)).toBe(false);
    expect(goodJob([suggestion('x', 0.05)], [], rule)).toBe(false);
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
