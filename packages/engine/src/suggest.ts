import { parsePage } from './parse/index.js';
import { rankPhrases } from './rank/rank-phrases.js';
import { chooseLanguage } from './suggest-language.js';
import { labelForm } from './suggest-label-form.js';
import { resolveOptions } from './suggest-options.js';
import { rankingDataFor } from './suggest-resources.js';
import type { Diagnostic, PageInput, SuggestOptions, SuggestResult, Suggestion } from './types.js';

/** Fewer words than this on the whole page gives a `text-too-short` warning. */
export const MIN_WORDS = 5;

/**
 * Suggests Confluence labels for a page. Deterministic and pure; properties of the input come back as
 * diagnostics, never as exceptions.
 *
 * Pipeline, in order:
 * 1. parse — the body (ADF, storage, Markdown, HTML, text) and title become text blocks with structure;
 * 2. detect language — the hint if given, else detection; unsupported → error diagnostic, no suggestions;
 * 3. tokenise / sentences — words with phrase breaks at punctuation, stopwords and block edges;
 * 4. candidates — 1..4-word runs of content words, stemmed with the language's stemmer;
 * 5. features — frequency, position, spread, length, title, IDF, word-graph centrality, tightness;
 * 6. rank — trained logistic ranker plus a small bonus for headings, panels and emphasis;
 * 7. calibrate — Platt scaling into relevance in [0, 1];
 * 8. labels — Confluence label form, invalid dropped, existing labels and duplicates removed;
 * 9. select — best `maxSuggestions` with relevance ≥ `minRelevance`, by relevance then label.
 *
 * @throws RangeError for invalid options.
 */
export function suggestLabels(input: PageInput, options?: SuggestOptions): SuggestResult {
  const { maxSuggestions, minRelevance } = resolveOptions(options);
  if (typeof input !== 'object' || input === null) {
    return { suggestions: [], language: 'und', diagnostics: [{ code: 'input-invalid', severity: 'error', message: 'The page must be an object.' }] };
  }
  const page = parsePage(input);
  const diagnostics: Diagnostic[] = [...page.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { suggestions: [], language: 'und', diagnostics };

  const choice = chooseLanguage(page.blocks, typeof input.language === 'string' ? input.language : undefined);
  diagnostics.push(choice.diagnostic);
  if (!choice.kit) return { suggestions: [], language: choice.language, diagnostics };

  const words = page.blocks.reduce((n, b) => n + (b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  if (words < MIN_WORDS) {
    diagnostics.push({ code: 'text-too-short', severity: 'warning', message: `The page has too little text (${words} words) for good suggestions.`, data: { words, minWords: MIN_WORDS } });
  }
  const ranked = rankPhrases(page.blocks, { kit: choice.kit, ...rankingDataFor(choice.kit.code) });

  const suggestions: Suggestion[] = [];
  // Existing labels are never suggested again (exact label form; morphological variants: labels/).
  const seen = new Set<string>((input.existingLabels ?? []).filter((l) => typeof l === 'string').map((l) => l.toLowerCase()));
  for (const r of ranked) {
    if (suggestions.length >= maxSuggestions || r.relevance < minRelevance) break;
    const label = labelForm(r.phrase);
    if (label === undefined || seen.has(label)) continue;
    seen.add(label);
    suggestions.push({ label, phrase: r.phrase, relevance: r.relevance, evidence: r.evidence, fromVocabulary: false });
  }
  suggestions.sort((a, b) => b.relevance - a.relevance || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { suggestions, language: choice.language, diagnostics };
}
