import { describe, expect, it } from 'vitest';
import { getLanguageKit } from './lang/index.js';
import { createLabelResolver } from './labels/index.js';
import type { RankedPhrase } from './rank/ranked-phrase.js';
import { selectSuggestions } from './suggest-select.js';

const phrase = (key: string, text: string, count: number, relevance: number): RankedPhrase => ({
  key, phrase: text, score: relevance, relevance,
  evidence: { count, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [], firstPosition: 0 },
});
const resolver = () => createLabelResolver({ kit: getLanguageKit('en')! });

describe('selectSuggestions', () => {
  it('skips a sub-phrase that never occurs outside a selected phrase, keeps one that also stands alone', () => {
    const ranked = [
      phrase('payment gateway outag', 'payment gateway outage', 2, 0.6),
      phrase('gateway outag', 'gateway outage', 2, 0.5),
      phrase('payment gateway', 'payment gateway', 5, 0.4),
      phrase('outag', 'outage', 1, 0.3),
    ];
    const labels = selectSuggestions(ranked, { maxSuggestions: 10, minRelevance: 0, resolver: resolver() }).map((s) => s.label);
    expect(labels).toEqual(['payment-gateway-outage', 'payment-gateway']);
  });
  it('stops at maxSuggestions and below minRelevance', () => {
    const ranked = [phrase('a b', 'alpha beta', 1, 0.9), phrase('c', 'gamma', 1, 0.5), phrase('d', 'delta', 1, 0.1)];
    expect(selectSuggestions(ranked, { maxSuggestions: 1, minRelevance: 0, resolver: resolver() })).toHaveLength(1);
    expect(selectSuggestions(ranked, { maxSuggestions: 10, minRelevance: 0.4, resolver: resolver() }).map((s) => s.label)).toEqual(['alpha-beta', 'gamma']);
  });
});
