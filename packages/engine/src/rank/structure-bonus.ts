import type { Candidate } from '../candidates/candidate.js';
import { emphasisBonus } from './emphasis-bonus.js';
import { headingBonus } from './heading-bonus.js';
import { panelBonus } from './panel-bonus.js';
import { titleAgreementBonus } from './title-agreement-bonus.js';

/**
 * Logit added for page structure the keyphrase datasets do not have (headings by level, panels by type,
 * emphasis by mark, and the title's agreement with a heading or panel), so it cannot be learned from
 * them; each part is set by hand in its own module and documented in docs/BENCHMARKS.md ("Structure on
 * Confluence pages"). On the datasets (no headings, panels or marks) it is 0, so their figures do not move.
 * The title alone is not here: it is learned (in title, first position), and a hand-set title bonus of
 * 0.5 to 1.5 lowered F1@10 on the development sets (inspec-trainval 0.336 → 0.317 → 0.289 → 0.262).
 */
export function structureBonus(c: Candidate): number {
  return (
    headingBonus(c.headingMask) +
    panelBonus(c.panelTypes) +
    emphasisBonus(c.emphasisMask) +
    titleAgreementBonus(c.inTitle, c.headingMask, c.panelTypes !== null)
  );
}
