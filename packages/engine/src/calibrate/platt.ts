/** Platt scaling (Platt 1999): maps a ranker logit to a calibrated probability σ(a·z + b). */
export function plattRelevance(z: number, calibration: { readonly a: number; readonly b: number }): number {
  const p = 1 / (1 + Math.exp(-(calibration.a * z + calibration.b)));
  return Number.isFinite(p) ? p : z > 0 ? 1 : 0;
}
