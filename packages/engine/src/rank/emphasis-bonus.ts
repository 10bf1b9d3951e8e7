import { EMPHASIS_MARKS } from '../candidates/candidate.js';

/**
 * Logit for a phrase the author emphasised, by the strongest mark it carries: bold more than italic or
 * underline; a link is navigation, not emphasis, and earns nothing. Hand-set (the keyphrase datasets have
 * no marks); see docs/BENCHMARKS.md, "Structure on Confluence pages".
 */
export const EMPHASIS_BONUS: Readonly<Record<(typeof EMPHASIS_MARKS)[number], number>> = { strong: 0.3, em: 0.2, underline: 0.2, link: 0 };

/** The emphasis bonus of a phrase with this emphasis mask (bits of EMPHASIS_MARKS). */
export function emphasisBonus(emphasisMask: number): number {
  let best = 0;
  EMPHASIS_MARKS.forEach((mark, bit) => {
    if (emphasisMask & (1 << bit)) best = Math.max(best, EMPHASIS_BONUS[mark]);
  });
  return best;
}
