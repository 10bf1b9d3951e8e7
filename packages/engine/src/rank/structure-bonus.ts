import type { Candidate } from '../candidates/candidate.js';

/**
 * Logit added for page structure the keyphrase datasets do not have (headings, panels, emphasis), so it
 * cannot be learned from them. Set by hand and documented in docs/BENCHMARKS.md. The title is not here:
 * it is learned (in title, first position), and a hand-set title bonus of 0.5 to 1.5 lowered F1@10 on
 * the development sets (inspec-trainval 0.336 → 0.317 → 0.289 → 0.262).
 */
export const STRUCTURE_BONUS = { heading: 0.6, panel: 0.3, emphasis: 0.3 } as const;

/** The hand-set structure bonus of one candidate. */
export function structureBonus(c: Candidate): number {
  let bonus = 0;
  if (c.headingMask !== 0) bonus += STRUCTURE_BONUS.heading;
  if (c.panelTypes !== null) bonus += STRUCTURE_BONUS.panel;
  if (c.emphasisMask !== 0) bonus += STRUCTURE_BONUS.emphasis;
  return bonus;
}
