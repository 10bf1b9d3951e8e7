/**
 * From the engine's answer to what the property says: ready with suggestions, or failed with a
 * user-visible code. Pure.
 *
 * Rules: an error diagnostic (language-unsupported, invalid input) fails the job; text-too-short
 * fails it (the person can act: write more); language-undetermined fails it only when the engine's
 * fallback found nothing to suggest.
 */
import type { SuggestResult } from '@labelup/engine';
import type { PropertySuggestion, SuggestionFailureCode } from '../suggestion-property.js';

/** What a finished job stores. */
export type SuggestionOutcome =
  | { readonly status: 'ready'; readonly language: string; readonly suggestions: readonly PropertySuggestion[] }
  | {
      readonly status: 'failed';
      readonly language: string;
      readonly failure: { readonly code: SuggestionFailureCode; readonly language?: string; readonly supportedLanguages?: readonly string[] };
    };

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** Decides the outcome of one engine run. */
export function toOutcome(result: SuggestResult): SuggestionOutcome {
  const has = (code: string) => result.diagnostics.find((d) => d.code === code);
  const failed = (code: SuggestionFailureCode, extra: { language?: string; supportedLanguages?: readonly string[] } = {}): SuggestionOutcome => ({
    status: 'failed',
    language: result.language,
    failure: { code, ...extra },
  });
  const unsupported = has('language-unsupported');
  if (unsupported) {
    const supported = stringList(unsupported.data?.supported);
    const language = typeof unsupported.data?.language === 'string' ? unsupported.data.language : result.language;
    return failed('language-unsupported', { language, ...(supported ? { supportedLanguages: supported } : {}) });
  }
  if (has('text-too-short')) return failed('text-too-short');
  if (result.diagnostics.some((d) => d.severity === 'error')) return failed('internal');
  if (has('language-undetermined') && result.suggestions.length === 0) return failed('language-undetermined');
  return {
    status: 'ready',
    language: result.language,
    suggestions: result.suggestions.map((s) => ({
      label: s.label,
      phrase: s.phrase,
      relevance: s.relevance,
      evidence: {
        count: s.evidence.count,
        inTitle: s.evidence.inTitle,
        headingLevels: [...s.evidence.headingLevels],
        panelTypes: [...s.evidence.panelTypes],
        inExpand: s.evidence.inExpand,
        emphasis: [...s.evidence.emphasis],
        ...(s.evidence.kind ? { kind: { id: s.evidence.kind.id, signals: [...s.evidence.kind.signals] } } : {}),
      },
    })),
  };
}
