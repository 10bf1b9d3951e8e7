import type { Candidate } from '../candidates/candidate.js';

/**
 * Logit added for page structure the keyphrase datasets do not have (headings, panels, emphasis), so it
 * cannot be learned from them. Set by hand, small next to the learned title weight, and documented in
 * docs/BENCHMARKS.md; the title itself is a learned feature.
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
