/**
 * Logit for a phrase in a panel, by panel type (the best type it occurs in): info, note, warning and
 * error panels hold what the author wants read first (the summary, the caveat, the impact); success,
 * tip and custom panels more often side advice. Hand-set (the keyphrase datasets have no panels); chosen
 * on the demo site's labelled pages, a sanity set (docs/BENCHMARKS.md, "Structure on Confluence pages").
 */
export const PANEL_BONUS: Readonly<Record<string, number>> = { info: 0.4, note: 0.4, warning: 0.4, error: 0.4, success: 0.3, tip: 0.2 };

/** Bonus of a panel type not listed in {@link PANEL_BONUS} (custom panels). */
export const OTHER_PANEL_BONUS = 0.2;

/** The panel bonus of a phrase occurring in these panel types (null: in none). */
export function panelBonus(panelTypes: readonly string[] | null): number {
  if (panelTypes === null) return 0;
  let best = 0;
  for (const type of panelTypes) best = Math.max(best, PANEL_BONUS[type] ?? OTHER_PANEL_BONUS);
  return best;
}
