/**
 * Pick logic of the dialogs, pure: "Our Pick" (the strong suggestions not on the page) and the
 * person's pick in the large dialog (at most `maxPick` labels added at a time).
 */
import type { SuggestedLabel } from '../../core/src/contract.js';
// The engine's pick rule itself (a dependency-free module of pure functions), so that the dialogs and
// the evaluation that measures Our Pick apply one rule, not two copies of it.
import { chooseOurPick, DEFAULT_PICK_RULE, type PickRule } from '../../engine/src/pick.js';

export { DEFAULT_PICK_RULE, type PickRule };
/** At most this many labels added at a time (the service rejects more). */
export const maxPick = 20;

/**
 * "Our Pick": the engine's rule (`chooseOurPick`: every suggestion not on the page with relevance ≥ the
 * rule's threshold, at most its count; else the best one alone when it reaches the floor), best first by
 * relevance then label.
 */
export function ourPick(suggestions: readonly SuggestedLabel[], labelsOnPage: readonly string[], rule: PickRule = DEFAULT_PICK_RULE): SuggestedLabel[] {
  return chooseOurPick(suggestions, labelsOnPage, rule);
}

/**
 * "Good job!": the labels on the page really cover the strongest suggestions — the pick made over every
 * suggestion (those already on the page included) is non-empty, and none of it is left to add. A page
 * whose suggestions are all weak gets no praise, with or without labels.
 * `all`: the suggestions not on the page and those on it (the view's `suggestions` and `onPage`).
 */
export function goodJob(all: readonly SuggestedLabel[], labelsOnPage: readonly string[], rule: PickRule = DEFAULT_PICK_RULE): boolean {
  return labelsOnPage.length > 0 && ourPick(all, labelsOnPage, rule).length === 0 && ourPick(all, [], rule).length > 0;
}

/** Relevance descending, then label ascending. */
export function byRelevance(a: SuggestedLabel, b: SuggestedLabel): number {
  return b.relevance - a.relevance || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Adds `label` to the pick (no duplicates; order of picking kept). */
export function addToPick(pick: readonly string[], label: string): string[] {
  return pick.includes(label) ? [...pick] : [...pick, label];
}

/** Removes `label` from the pick. */
export function removeFromPick(pick: readonly string[], label: string): string[] {
  return pick.filter((l) => l !== label);
}

/** How many labels must be removed before the pick can be added (0 when within the limit). */
export function pickExcess(pick: readonly string[]): number {
  return Math.max(0, pick.length - maxPick);
}

/** Whether the pick can be added: not empty and within the limit. */
export function canAddPick(pick: readonly string[]): boolean {
  return pick.length > 0 && pickExcess(pick) === 0;
}

/** Relevance in [0, 1] as a whole percentage (clamped). */
export function relevancePercent(relevance: number): number {
  if (!Number.isFinite(relevance)) return 0;
  return Math.round(Math.min(1, Math.max(0, relevance)) * 100);
}
