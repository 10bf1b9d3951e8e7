import { topHeadingLevel } from './heading-bonus.js';

/**
 * Logit for agreement: a phrase in the title that the page's structure repeats, in a heading (by its
 * most prominent level) or in a panel, is what the page is about — the strongest evidence a Confluence
 * page gives, and one the keyphrase datasets cannot teach (they have titles but no headings or panels).
 * The title alone stays learned (feature "in title"; a hand-set title bonus lowered F1@10 on the
 * development sets). Added on top of the heading and panel bonuses; the larger of the two agreements
 * counts. Chosen on the demo site's labelled pages, a sanity set, so that such phrases reach "Our Pick"
 * (relevance > 0.7) while most of what passes 0.7 there is one of the page's labels (docs/BENCHMARKS.md,
 * "Structure on Confluence pages").
 */
export const TITLE_HEADING_AGREEMENT: Readonly<Record<number, number>> = { 1: 2.0, 2: 0.8, 3: 0.5, 4: 0.3, 5: 0.2, 6: 0.2 };

/** Agreement of the title with any panel. */
export const TITLE_PANEL_AGREEMENT = 1.6;

/** The agreement bonus of a phrase (0 unless it is in the title and in a heading or a panel). */
export function titleAgreementBonus(inTitle: boolean, headingMask: number, inPanel: boolean): number {
  if (!inTitle) return 0;
  const heading = TITLE_HEADING_AGREEMENT[topHeadingLevel(headingMask)] ?? 0;
  return Math.max(heading, inPanel ? TITLE_PANEL_AGREEMENT : 0);
}
