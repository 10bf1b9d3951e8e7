/** One scored suggestion and whether it matched a gold keyphrase. */
export interface ScoredOutcome {
  readonly relevance: number;
  readonly correct: boolean;
}

/** One of the ten relevance bins of a reliability curve. */
export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanRelevance: number;
  readonly precision: number;
}

/** Ten equal-width bins over [0, 1]; relevance 1 falls in the last bin. Empty bins have count 0. */
export function reliabilityBins(outcomes: readonly ScoredOutcome[], bins = 10): CalibrationBin[] {
  const count = new Array<number>(bins).fill(0);
  const rel = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  for (const o of outcomes) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(o.relevance * bins)));
    count[b]! += 1;
    rel[b]! += o.relevance;
    if (o.correct) hits[b]! += 1;
  }
  return count.map((n, b) => ({
    from: b / bins, to: (b + 1) / bins, count: n, meanRelevance: n > 0 ? rel[b]! / n : 0, precision: n > 0 ? hits[b]! / n : 0,
  }));
}

/** Expected calibration error: bin-size-weighted mean of |mean relevance − precision| over the bins. */
export function expectedCalibrationError(outcomes: readonly ScoredOutcome[], bins = 10): number {
  if (outcomes.length === 0) return 0;
  return reliabilityBins(outcomes, bins).reduce((s, b) => s + (b.count / outcomes.length) * Math.abs(b.meanRelevance - b.precision), 0);
}

/** Share of suggestions with relevance above `threshold` (0.7: "Our Pick") that are correct; 0 when none. */
export function precisionAbove(outcomes: readonly ScoredOutcome[], threshold = 0.7): number {
  const above = outcomes.filter((o) => o.relevance > threshold);
  return above.length === 0 ? 0 : above.filter((o) => o.correct).length / above.length;
}
