import { createLabelResolver } from './labels/index.js';
import { labelKey } from './labels/label-key.js';
import { vocabularyCount } from './labels/vocabulary-speller.js';
import type { LanguageKit } from './lang/types.js';
import { parsePage } from './parse/index.js';
import { rankPhrases } from './rank/rank-phrases.js';
import { chooseLanguage } from './suggest-language.js';
import { resolveOptions } from './suggest-options.js';
import { rankingDataFor } from './suggest-resources.js';
import { recogniseDocumentKinds } from './kinds/index.js';
import { selectSuggestions, type PresetLabel } from './suggest-select.js';
import type { Diagnostic, PageInput, SuggestOptions, SuggestResult, TextBlock, VocabularyEntry } from './types.js';

/** Fewer words than this on the whole page gives a `text-too-short` warning. */
export const MIN_WORDS = 5;

/** The page's document kinds (post-mortem, runbook…) as labels that go before the phrases. */
function kindLabels(blocks: readonly TextBlock[], language: string): PresetLabel[] {
  return recogniseDocumentKinds(blocks, language).map((k) => ({
    label: k.label,
    relevance: k.relevance,
    evidence: { count: 0, inTitle: k.signals.includes('title'), headingLevels: [], panelTypes: [], inExpand: false, emphasis: [], firstPosition: 0, kind: { id: k.kind, signals: [...k.signals] } },
  }));
}

/** The space vocabulary by candidate key (stems joined by spaces) → pages carrying it (the most used spelling's count). */
function vocabularyKeys(vocabulary: readonly VocabularyEntry[], kit: LanguageKit): Map<string, number> {
  const keys = new Map<string, number>();
  for (const e of vocabulary) {
    const key = labelKey(e.label, kit).replace(/-/gu, ' ');
    const count = vocabularyCount(e);
    if (key !== '') keys.set(key, Math.max(keys.get(key) ?? 0, count));
  }
  return keys;
}

/** Strings of a list that may come from untyped callers (anything else is ignored). */
function stringsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((l): l is string => typeof l === 'string') : [];
}

function vocabularyOf(list: unknown): VocabularyEntry[] {
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is VocabularyEntry => typeof e === 'object' && e !== null && typeof (e as VocabularyEntry).label === 'string' && typeof (e as VocabularyEntry).count === 'number');
}

/**
 * Suggests Confluence labels for a page. Deterministic and pure; properties of the input come back as
 * diagnostics, never as exceptions.
 *
 * Pipeline, in order:
 * 1. parse — the body (ADF, storage, Markdown, HTML, text) and title become text blocks with structure;
 * 2. detect language — the hint if given, else detection; unsupported → error diagnostic, no suggestions;
 * 3. tokenise / sentences — words with phrase breaks at punctuation, stopwords and block edges;
 * 4. candidates — 1..4-word runs of content words, stemmed with the language's stemmer;
 * 5. features — frequency, position, spread, length, title, context, tightness, IDF, keyphraseness;
 * 6. rank — trained logistic ranker plus a small bonus for headings, panels and emphasis;
 * 7. calibrate — Platt scaling into relevance in [0, 1];
 * 8. labels — Confluence label form, invalid dropped, existing labels and their variants removed,
 *    the space vocabulary's spelling taken, variants of an earlier suggestion removed;
 * 9. document kinds — a runbook, post-mortem, meeting notes… recognised from the title and template
 *    headings (kinds/) become labels that go first through the labels step;
 * 10. select — best `maxSuggestions` with relevance ≥ `minRelevance`, by relevance then label.
 *
 * @throws RangeError for invalid options.
 */
export function suggestLabels(input: PageInput, options?: SuggestOptions): SuggestResult {
  const { maxSuggestions, minRelevance, documentKinds } = resolveOptions(options);
  if (typeof input !== 'object' || input === null) {
    return { suggestions: [], language: 'und', diagnostics: [{ code: 'input-invalid', severity: 'error', message: 'The page must be an object.' }] };
  }
  const page = parsePage(input);
  const diagnostics: Diagnostic[] = [...page.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { suggestions: [], language: 'und', diagnostics };

  const choice = chooseLanguage(page.blocks, typeof input.language === 'string' ? input.language : undefined);
  diagnostics.push(choice.diagnostic);
  if (!choice.kit) return { suggestions: [], language: choice.language, diagnostics };

  const vocabulary = vocabularyOf(input.vocabulary);
  const ranking = rankPhrases(page.blocks, { kit: choice.kit, ...rankingDataFor(choice.kit.code, input.format), ...(vocabulary.length > 0 ? { vocabulary: vocabularyKeys(vocabulary, choice.kit) } : {}) });
  const words = ranking.totalWords;
  if (words < MIN_WORDS) {
    diagnostics.push({ code: 'text-too-short', severity: 'warning', message: `The page has too little text (${words} words) for good suggestions.`, data: { words, minWords: MIN_WORDS } });
  }

  const resolver = createLabelResolver({ kit: choice.kit, existingLabels: stringsOf(input.existingLabels), vocabulary });
  const suggestions = selectSuggestions(ranking.phrases, { maxSuggestions, minRelevance, resolver, preset: documentKinds ? kindLabels(page.blocks, choice.kit.code) : [] });
  return { suggestions, language: choice.language, diagnostics };
}
