import type { LabelResolver } from './labels/index.js';
import type { RankedPhrase } from './rank/ranked-phrase.js';
import type { Evidence, Suggestion } from './types.js';

/** A label chosen before the phrases (a document kind), with its relevance and evidence. */
export interface PresetLabel {
  readonly label: string;
  readonly relevance: number;
  readonly evidence: Evidence;
}

/** How the best phrases become suggestions. */
export interface SelectionRules {
  readonly maxSuggestions: number;
  readonly minRelevance: number;
  /** The labels step: Confluence form, existing labels and variants out, vocabulary spelling. */
  readonly resolver: LabelResolver;
  /** Labels that go first (document kinds): resolved before any phrase, so no phrase repeats them. */
  readonly preset?: readonly PresetLabel[];
}

/**
 * A phrase is redundant when an already selected phrase contains it (as consecutive words) and it
 * occurs no more often than that phrase: it never stands on its own ("neural" inside "neural network"
 * twice, and nowhere else). A sub-phrase that also occurs alone ("payment gateway" beside "payment
 * gateway outage") is kept. On the development sets this raised F1@10 on 5 of 6 (docs/BENCHMARKS.md).
 */
function isNestedInSelected(phrase: RankedPhrase, selected: readonly RankedPhrase[]): boolean {
  const padded = ` ${phrase.key} `;
  return selected.some((s) => s.evidence.count >= phrase.evidence.count && ` ${s.key} `.includes(padded));
}

/**
 * Select: walks the ranked phrases best first, skips phrases nested in a selected one, lets the label
 * resolver turn each into a label (or refuse it), and stops at `maxSuggestions` or below `minRelevance`.
 * Result sorted by relevance (desc), then label (asc).
 */
export function selectSuggestions(phrases: Iterable<RankedPhrase>, rules: SelectionRules): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const selected: RankedPhrase[] = [];
  const presetWords = new Set<string>();
  for (const p of rules.preset ?? []) {
    if (suggestions.length >= rules.maxSuggestions || p.relevance < rules.minRelevance) continue;
    const resolved = rules.resolver.resolve(p.label);
    if (resolved === undefined) continue;
    suggestions.push({ label: resolved.label, phrase: p.label, relevance: p.relevance, evidence: p.evidence, fromVocabulary: resolved.fromVocabulary });
    for (const w of resolved.label.split('-')) presetWords.add(w);
  }
  for (const r of phrases) {
    if (suggestions.length >= rules.maxSuggestions || r.relevance < rules.minRelevance) break;
    if (isNestedInSelected(r, selected)) continue;
    const resolved = rules.resolver.resolve(r.phrase);
    if (resolved === undefined) continue;
    // A part of a document-kind label ("release" or "notes" beside "release-notes") says nothing more.
    if (presetWords.size > 0 && resolved.label.split('-').every((w) => presetWords.has(w))) continue;
    selected.push(r);
    suggestions.push({ label: resolved.label, phrase: r.phrase, relevance: r.relevance, evidence: r.evidence, fromVocabulary: resolved.fromVocabulary });
  }
  return suggestions.sort((a, b) => b.relevance - a.relevance || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
