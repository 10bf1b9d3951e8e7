import { describe, expect, it } from 'vitest';
import { suggestLabels } from './suggest.js';

const text = `Label suggestion for wiki pages ranks candidate phrases by frequency, position and structure.
A trained ranker combines the features, and calibration turns the ranker score into a relevance.
Candidate phrases come from runs of content words; label suggestion then removes existing labels.`;

describe('suggestLabels', () => {
  it('suggests ranked, calibrated labels and reports the detected language', () => {
    const r = suggestLabels({ body: text, format: 'text', title: 'Label suggestion' });
    expect(r.language).toBe('en');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['language-detected']);
    expect(r.suggestions.length).toBeGreaterThan(3);
    expect(r.suggestions.slice(0, 3).map((s) => s.label)).toContain('label-suggestion');
    const top = r.suggestions.find((s) => s.label === 'label-suggestion')!;
    expect(top.evidence).toMatchObject({ inTitle: true, firstPosition: 0, count: 3 });
    for (let i = 1; i < r.suggestions.length; i += 1) expect(r.suggestions[i - 1]!.relevance).toBeGreaterThanOrEqual(r.suggestions[i]!.relevance);
  });
  it('never suggests an existing label and honours maxSuggestions and minRelevance', () => {
    const r = suggestLabels({ body: text, format: 'text', title: 'Label suggestion', existingLabels: ['Label-Suggestion'] }, { maxSuggestions: 3 });
    expect(r.suggestions.map((s) => s.label)).not.toContain('label-suggestion');
    expect(r.suggestions).toHaveLength(3);
    const high = suggestLabels({ body: text, format: 'text' }, { minRelevance: 0.99 });
    expect(high.suggestions.every((s) => s.relevance >= 0.99)).toBe(true);
  });
  it('takes the space vocabulary spelling and drops variants of existing labels', () => {
    const r = suggestLabels({ body: text, format: 'text', title: 'Label suggestion', vocabulary: [{ label: 'label-suggestions', count: 12 }], existingLabels: ['candidate-phrase'] });
    const fromVocabulary = r.suggestions.find((s) => s.fromVocabulary);
    expect(fromVocabulary?.label).toBe('label-suggestions');
    expect(r.suggestions.map((s) => s.label)).not.toContain('label-suggestion');
    expect(r.suggestions.map((s) => s.label)).not.toContain('candidate-phrases');
  });
  it('reports an unsupported language with the supported list and no suggestions', () => {
    const r = suggestLabels({ body: text, format: 'text', language: 'tlh' });
    expect(r.suggestions).toEqual([]);
    const d = r.diagnostics.find((x) => x.code === 'language-unsupported')!;
    expect(d.severity).toBe('error');
    expect(d.data?.supported).toContain('en');
  });
  it('warns about too little text and undetermined language', () => {
    const r = suggestLabels({ body: 'Kubernetes', format: 'text' });
    expect(r.language).toBe('und');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['language-undetermined', 'text-too-short']);
  });
  it('turns a non-object page into an input-invalid diagnostic and bad options into a RangeError', () => {
    expect(suggestLabels(null as never).diagnostics[0]!.code).toBe('input-invalid');
    expect(() => suggestLabels({ body: text, format: 'text' }, { maxSuggestions: 0 })).toThrow(RangeError);
  });
});
