import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidates/candidate.js';
import { structureBonus } from './structure-bonus.js';

const candidate = (part: Partial<Pick<Candidate, 'inTitle' | 'headingMask' | 'panelTypes' | 'emphasisMask'>>): Candidate => ({
  key: 'failov', stems: ['failov'], connectors: 0, count: 3, maximalCount: 3, leftInside: 0, rightInside: 0, leftStop: 0, rightStop: 0, capitalisedCount: 0,
  firstWord: 0, lastWord: 9, firstBlock: 0, inTitle: false, inExpand: false, headingCount: 0, headingMask: 0, emphasisMask: 0, panelTypes: null, firstSurface: 'failover', surfaces: null,
  ...part,
});
const h = (level: number): number => 1 << level;

describe('structureBonus', () => {
  it('is 0 without headings, panels or marks, in the title or not (the keyphrase datasets stay as measured)', () => {
    expect(structureBonus(candidate({}))).toBe(0);
    expect(structureBonus(candidate({ inTitle: true }))).toBe(0);
  });

  it('ranks heading levels, panel types and marks by prominence; a link is no emphasis', () => {
    expect(structureBonus(candidate({ headingMask: h(1) }))).toBeGreaterThan(structureBonus(candidate({ headingMask: h(2) })));
    expect(structureBonus(candidate({ headingMask: h(2) }))).toBeGreaterThan(structureBonus(candidate({ headingMask: h(6) })));
    expect(structureBonus(candidate({ headingMask: h(1) | h(6) }))).toBe(structureBonus(candidate({ headingMask: h(1) })));
    expect(structureBonus(candidate({ panelTypes: ['info'] }))).toBeGreaterThan(structureBonus(candidate({ panelTypes: ['tip'] })));
    expect(structureBonus(candidate({ panelTypes: ['tip', 'warning'] }))).toBe(structureBonus(candidate({ panelTypes: ['warning'] })));
    expect(structureBonus(candidate({ emphasisMask: 0b0100 }))).toBeGreaterThan(structureBonus(candidate({ emphasisMask: 0b0001 }))); // strong > em
    expect(structureBonus(candidate({ emphasisMask: 0b0010 }))).toBe(0); // link
  });

  it('adds the agreement of the title with a heading or a panel, the larger one', () => {
    const inH1 = structureBonus(candidate({ headingMask: h(1) }));
    const inPanel = structureBonus(candidate({ panelTypes: ['note'] }));
    expect(structureBonus(candidate({ inTitle: true, headingMask: h(1) })) - inH1).toBeGreaterThan(1);
    expect(structureBonus(candidate({ inTitle: true, panelTypes: ['note'] })) - inPanel).toBeGreaterThan(1);
    const both = structureBonus(candidate({ inTitle: true, headingMask: h(1), panelTypes: ['note'] }));
    expect(both - inH1 - inPanel).toBeCloseTo(structureBonus(candidate({ inTitle: true, headingMask: h(1) })) - inH1, 12);
  });
});
