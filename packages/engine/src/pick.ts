/**
 * "Our Pick": the few suggestions worth one click. The rule is a parameter set (per space in the
 * space-wide settings): every suggestion not on the page with relevance ≥ `threshold`, best first, at most
 * `maxLabels`; when none reaches it, the best one alone if its relevance is ≥ `floor` — so the pick is
 * empty only when nothing on the page is worth adding, not because relevance is a careful probability.
 */
export interface PickRule {
  /** Most labels in the pick (1..20). */
  readonly maxLabels: number;
  /** Relevance from which every suggestion is picked, in [0, 1]. */
  readonly threshold: number;
  /** Least relevance of the single best suggestion picked when none reaches `threshold`, in [0, 1]. */
  readonly floor: number;
}

/**
 * Defaults, chosen on the documentation development sets with cross-validated relevance
 * (docs/BENCHMARKS.md, "Our Pick"): the pick is non-empty on ≥ 90 % of pages of ≥ 100 words there.
 */
export const DEFAULT_PICK_RULE: PickRule = Object.freeze({ maxLabels: 5, threshold: 0.5, floor: 0.1 });

/** What a pick needs of a suggestion. */
export interface Pickable {
  readonly label: string;
  readonly relevance: number;
}

/** Throws a RangeError naming the bad field of a rule. */
export function checkPickRule(rule: PickRule): PickRule {
  if (!Number.isInteger(rule.maxLabels) || rule.maxLabels < 1 || rule.maxLabels > 20) throw new RangeError(`maxLabels must be an integer in 1..20, got ${String(rule.maxLabels)}`);
  for (const key of ['threshold', 'floor'] as const) {
    const v = rule[key];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`${key} must be a number in [0, 1], got ${String(v)}`);
  }
  return rule;
}

function byRelevance(a: Pickable, b: Pickable): number {
  return b.relevance - a.relevance || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/**
 * Our Pick for a page: suggestions not among `labelsOnPage` (compared case-insensitively), chosen by
 * `rule`, best first (relevance descending, then label).
 */
export function chooseOurPick<T extends Pickable>(suggestions: readonly T[], labelsOnPage: readonly string[], rule: PickRule = DEFAULT_PICK_RULE): T[] {
  checkPickRule(rule);
  const onPage = new Set(labelsOnPage.map((l) => l.toLowerCase()));
  const open = suggestions.filter((s) => Number.isFinite(s.relevance) && !onPage.has(s.label.toLowerCase())).sort(byRelevance);
  const strong = open.filter((s) => s.relevance >= rule.threshold).slice(0, rule.maxLabels);
  if (strong.length > 0) return strong;
  const best = open[0];
  return best !== undefined && best.relevance >= rule.floor ? [best] : [];
}
