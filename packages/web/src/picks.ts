/**
 * Pick logic of the dialogs, pure: "Our Pick" (the strong suggestions not on the page) and the
 * person's pick in the large dialog (at most `maxPick` labels added at a time).
 */
import type { SuggestedLabel } from '../../service/src/api/contract.js';

/** A suggestion is "strong" above this relevance (the original Label UP!'s threshold). */
export const strongRelevance = 0.7;
/** At most this many labels in "Our Pick". */
export const maxOurPick = 5;
/** At most this many labels added at a time (the service rejects more). */
export const maxPick = 20;

/**
 * "Our Pick": suggestions with relevance above 0.7, not already on the page, best first, at most 5.
 * Order is relevance descending, then label ascending (the service's order, re-applied here so the
 * result does not depend on it).
 */
export function ourPick(suggestions: readonly SuggestedLabel[], labelsOnPage: readonly string[]): SuggestedLabel[] {
  const onPage = new Set(labelsOnPage.map((l) => l.toLowerCase()));
  return [...suggestions]
    .filter((s) => s.relevance > strongRelevance && !onPage.has(s.label.toLowerCase()))
    .sort(byRelevance)
    .slice(0, maxOurPick);
}

/**
 * "Good job!": Our Pick is empty because the page already carries the strong suggestions. The
 * service leaves labels already on the page out of the suggestions, so this is the case when the
 * page has labels and no remaining suggestion is strong; a page without labels and without strong
 * suggestions gets no praise.
 */
export function goodJob(suggestions: readonly SuggestedLabel[], labelsOnPage: readonly string[]): boolean {
  return labelsOnPage.length > 0 && ourPick(suggestions, labelsOnPage).length === 0;
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
