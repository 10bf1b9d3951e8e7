import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, precisionAbove, reliabilityBins } from './calibration.js';

describe('expectedCalibrationError', () => {
  it('is 0 when every bin precision equals its mean relevance', () => {
    const outcomes = [
      { relevance: 0.25, correct: true }, { relevance: 0.25, correct: false }, { relevance: 0.25, correct: false }, { relevance: 0.25, correct: false },
      { relevance: 1, correct: true },
    ];
    expect(expectedCalibrationError(outcomes)).toBeCloseTo(0, 10);
  });
  it('weights each bin gap by its size (hand-computed)', () => {
    // bin 0.9: 2 items, mean 0.9, precision 0 → gap 0.9; bin 0.1: 2 items, mean 0.1, precision 0.5 → gap 0.4.
    const outcomes = [
      { relevance: 0.9, correct: false }, { relevance: 0.9, correct: false }, { relevance: 0.1, correct: true }, { relevance: 0.1, correct: false },
    ];
    expect(expectedCalibrationError(outcomes)).toBeCloseTo(0.5 * 0.9 + 0.5 * 0.4, 10);
  });
  it('puts relevance 1 in the last bin and 0 in the first', () => {
    const bins = reliabilityBins([{ relevance: 1, correct: true }, { relevance: 0, correct: false }]);
    expect(bins[9]!.count).toBe(1);
    expect(bins[0]!.count).toBe(1);
  });
});

describe('precisionAbove', () => {
  it('counts only suggestions strictly above the threshold', () => {
    const outcomes = [{ relevance: 0.7, correct: false }, { relevance: 0.8, correct: true }, { relevance: 0.95, correct: false }];
    expect(precisionAbove(outcomes, 0.7)).toBe(0.5);
    expect(precisionAbove([], 0.7)).toBe(0);
  });
});
