import { describe, expect, it } from 'vitest';
import type { SuggestedLabel } from '../src/contract.js';
import { buildSuggestionsView, type ViewInputs } from '../src/view/suggestions-view.js';

const suggestion = (label: string, relevance: number): SuggestedLabel => ({
  label, phrase: label, relevance, evidence: { count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] },
});
const inputs = (overrides: Partial<ViewInputs> = {}): ViewInputs => ({ pageId: '42', version: 3, latestVersion: 3, labels: ['api'], stored: undefined, ...overrides });

describe('buildSuggestionsView', () => {
  it('is none without a property, and for a property of another version', () => {
    expect(buildSuggestionsView(inputs()).status).toBe('none');
    expect(buildSuggestionsView(inputs({ stored: { status: 'ready', version: 2, suggestions: [] } })).status).toBe('none');
  });

  it('is outdated when the viewer is behind the latest version, whatever is stored', () => {
    const view = buildSuggestionsView(inputs({ version: 2, latestVersion: 3, stored: { status: 'ready', version: 2, suggestions: [] } }));
    expect(view).toMatchObject({ status: 'outdated', page: { id: '42', version: 2, latestVersion: 3 } });
  });

  it('is pending or failed as stored, with the failure code', () => {
    expect(buildSuggestionsView(inputs({ stored: { status: 'pending', version: 3, updatedAt: new Date().toISOString() } })).status).toBe('pending');
    const failed = buildSuggestionsView(inputs({ stored: { status: 'failed', version: 3, failure: { code: 'text-too-short' } } }));
    expect(failed).toMatchObject({ status: 'failed', failure: { code: 'text-too-short' } });
  });

  it('treats a pending property past the pending timeout as absent, so the dialog requests again (issue 12, item 5)', () => {
    const nowMs = Date.parse('2026-12-03T12:00:00Z');
    const pending = (minutesAgo: number) => ({ status: 'pending' as const, version: 3, updatedAt: new Date(nowMs - minutesAgo * 60_000).toISOString() });
    expect(buildSuggestionsView(inputs({ nowMs, stored: pending(9) })).status).toBe('pending');
    expect(buildSuggestionsView(inputs({ nowMs, stored: pending(11) })).status).toBe('none');
    expect(buildSuggestionsView(inputs({ nowMs, stored: { status: 'pending', version: 3, updatedAt: 'garbage' } })).status).toBe('none');
    expect(buildSuggestionsView(inputs({ nowMs, pendingTimeoutMs: 1_000, stored: pending(1) })).status).toBe('none');
    const oldReady = { status: 'ready' as const, version: 3, suggestions: [], updatedAt: new Date(nowMs - 86_400_000).toISOString() };
    expect(buildSuggestionsView(inputs({ nowMs, stored: oldReady })).status).toBe('ready');
  });

  it('excludes labels already on the page from ready suggestions and reports them, with their relevance, as onPage', () => {
    const stored = { status: 'ready' as const, version: 3, language: 'en', suggestions: [suggestion('api', 0.9), suggestion('rest', 0.8)] };
    const view = buildSuggestionsView(inputs({ stored }));
    expect(view.status).toBe('ready');
    expect(view.suggestions?.map((s) => s.label)).toEqual(['rest']);
    expect(view.onPage?.map((s) => [s.label, s.relevance])).toEqual([['api', 0.9]]);
    expect(view.labels).toEqual(['api']);
    expect(view.language).toBe('en');
  });
});
