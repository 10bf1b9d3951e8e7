/**
 * Logit for a phrase in a heading, by the most prominent level it occurs in: a level-1 or level-2
 * heading names what a whole part of the page is about, a level-5 or level-6 heading a detail. Hand-set
 * (the keyphrase datasets have no headings); chosen on the demo site's labelled pages, a sanity set
 * (docs/BENCHMARKS.md, "Structure on Confluence pages").
 */
export const HEADING_BONUS: Readonly<Record<number, number>> = { 1: 0.8, 2: 0.6, 3: 0.45, 4: 0.3, 5: 0.2, 6: 0.2 };

/** The most prominent heading level in a heading mask (bit n = level n), or 0 when there is none. */
export function topHeadingLevel(headingMask: number): number {
  for (let level = 1; level <= 6; level += 1) if (headingMask & (1 << level)) return level;
  return 0;
}

/** The heading bonus of a phrase with this heading mask. */
export function headingBonus(headingMask: number): number {
  return HEADING_BONUS[topHeadingLevel(headingMask)] ?? 0;
}
