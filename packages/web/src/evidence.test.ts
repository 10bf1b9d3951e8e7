import { describe, expect, it } from 'vitest';
import { describeEvidence } from './evidence.js';

describe('describeEvidence', () => {
  it('says where a label occurs, strongest signals first', () => {
    expect(describeEvidence({ count: 4, inTitle: true, headingLevels: [1, 2], panelTypes: ['info'], inExpand: true, emphasis: ['em', 'strong'] })).toEqual([
      'In the title.',
      'In headings of level 1 and 2.',
      'In info panels.',
      'In an expand.',
      'Emphasised as em and strong.',
      'Appears 4 times on the page.',
    ]);
  });

  it('says "once" for a single occurrence', () => {
    expect(describeEvidence({ count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] })).toEqual(['Appears once on the page.']);
  });
});
