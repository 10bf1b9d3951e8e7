/**
 * Picks, among demo pages, one on which the engine's "Our Pick" rule picks at least one label, by running the same engine the service runs on the page's
 * current version. Keeps the Our Pick test about the dialog, not about one page's scores in the
 * current ranker model; when no candidate qualifies it says why, with the best relevance per page.
 */
import { suggestLabels } from '@labelup/engine';
import { labelsOf, type Site } from '@labelup/emulator';
import { ourPick } from '../../src/picks.js';

/** The first candidate on which Our Pick is not empty, or why there is none. */
export function strongPageOrNone(site: Site, candidates: readonly string[]): { id?: string; reason: string } {
  const scores: string[] = [];
  for (const id of candidates) {
    const content = site.contents.get(id);
    const version = content?.versions[content.versions.length - 1];
    if (!content || !version) continue;
    const existingLabels = labelsOf(site, content).map((l) => l.name);
    const result = suggestLabels({ body: version.adf, format: 'adf', title: version.title, existingLabels });
    const best = Math.max(0, ...result.suggestions.map((s) => s.relevance));
    if (ourPick(result.suggestions, existingLabels).length > 0) return { id, reason: `best relevance ${best.toFixed(2)}` };
    scores.push(`${id}: ${best.toFixed(2)}`);
  }
  return { reason: `Our Pick is empty on every candidate demo page (best relevance per page: ${scores.join(', ')})` };
}
