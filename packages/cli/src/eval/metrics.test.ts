import { describe, expect, it } from 'vitest';
import { countAtK, macroAverage, microAverage } from './metrics.js';

describe('countAtK', () => {
  it('counts correct predictions among the first k only', () => {
    const gold = new Set(['neural network', 'graph', 'svm']);
    expect(countAtK(['graph', 'x', 'y', 'z', 'w', 'svm'], gold, 5)).toEqual({ correct: 1, predicted: 5, gold: 3 });
    expect(countAtK(['graph', 'x', 'y', 'z', 'w', 'svm'], gold, 10)).toEqual({ correct: 2, predicted: 6, gold: 3 });
  });
});

describe('micro and macro averages (hand-computed)', () => {
  // doc A: 2 correct of 4 predicted, 4 gold; doc B: 0 correct of 2 predicted, 1 gold.
  const a = { correct: 2, predicted: 4, gold: 4 };
  const b = { correct: 0, predicted: 2, gold: 1 };
  it('micro sums counts first: P = 2/6, R = 2/5, F1 = 2PR/(P+R) = 4/11', () => {
    const m = microAverage([a, b], [a, b]);
    expect(m.p10).toBeCloseTo(1 / 3, 10);
    expect(m.r10).toBeCloseTo(0.4, 10);
    expect(m.f10).toBeCloseTo(4 / 11, 10);
  });
  it('macro averages per-document figures: F1 = (0.5 + 0) / 2', () => {
    const m = macroAverage([a, b], [a, b]);
    expect(m.p5).toBeCloseTo(0.25, 10);
    expect(m.r5).toBeCloseTo(0.25, 10);
    expect(m.f5).toBeCloseTo(0.25, 10);
  });
  it('is zero, not NaN, with nothing predicted', () => {
    const m = microAverage([{ correct: 0, predicted: 0, gold: 3 }], [{ correct: 0, predicted: 0, gold: 0 }]);
    expect(m).toEqual({ p5: 0, r5: 0, f5: 0, p10: 0, r10: 0, f10: 0 });
  });
});
