/** Counts of one document at one cut-off k. */
export interface DocumentCounts {
  readonly correct: number;
  readonly predicted: number;
  readonly gold: number;
}

/** Precision, recall and F1 at 5 and 10. */
export interface PrfAtK {
  readonly p5: number;
  readonly r5: number;
  readonly f5: number;
  readonly p10: number;
  readonly r10: number;
  readonly f10: number;
}

/**
 * Counts for one document at cut-off k: the first k normalised predictions (already de-duplicated)
 * against the normalised gold set. Gold phrases absent from the text still count in `gold`.
 */
export function countAtK(predicted: readonly string[], gold: ReadonlySet<string>, k: number): DocumentCounts {
  const top = predicted.slice(0, k);
  let correct = 0;
  for (const p of top) if (gold.has(p)) correct += 1;
  return { correct, predicted: top.length, gold: gold.size };
}

function prf(c: DocumentCounts): { p: number; r: number; f: number } {
  const p = c.predicted > 0 ? c.correct / c.predicted : 0;
  const r = c.gold > 0 ? c.correct / c.gold : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function sum(counts: readonly DocumentCounts[]): DocumentCounts {
  return counts.reduce((a, c) => ({ correct: a.correct + c.correct, predicted: a.predicted + c.predicted, gold: a.gold + c.gold }), {
    correct: 0, predicted: 0, gold: 0,
  });
}

/** Micro averages: sum the counts over all documents, then compute P, R, F1. */
export function microAverage(at5: readonly DocumentCounts[], at10: readonly DocumentCounts[]): PrfAtK {
  const a = prf(sum(at5));
  const b = prf(sum(at10));
  return { p5: a.p, r5: a.r, f5: a.f, p10: b.p, r10: b.r, f10: b.f };
}

/** Macro averages: the mean over documents of each document's P, R and F1. */
export function macroAverage(at5: readonly DocumentCounts[], at10: readonly DocumentCounts[]): PrfAtK {
  const mean = (cs: readonly DocumentCounts[], pick: 'p' | 'r' | 'f'): number =>
    cs.length === 0 ? 0 : cs.reduce((s, c) => s + prf(c)[pick], 0) / cs.length;
  return { p5: mean(at5, 'p'), r5: mean(at5, 'r'), f5: mean(at5, 'f'), p10: mean(at10, 'p'), r10: mean(at10, 'r'), f10: mean(at10, 'f') };
}
