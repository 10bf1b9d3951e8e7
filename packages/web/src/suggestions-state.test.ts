import { describe, expect, it } from 'vitest';
import type { SuggestionsView } from '../../core/src/contract.js';
import { needsRequest, stateOfView } from './suggestions-state.js';

const view = (over: Partial<SuggestionsView>): SuggestionsView => ({
  status: 'ready', page: { id: '1', version: 3, latestVersion: 3 }, labels: [], suggestions: [], ...over,
});

describe('stateOfView', () => {
  it('maps each status to its view', () => {
    expect(stateOfView(view({ status: 'ready' })).kind).toBe('ready');
    expect(stateOfView(view({ status: 'pending' })).kind).toBe('pending');
    expect(stateOfView(view({ status: 'none' })).kind).toBe('pending');
    expect(stateOfView(view({ status: 'outdated' })).kind).toBe('outdated');
  });

  it('is outdated whenever the viewed version is behind the latest', () => {
    expect(stateOfView(view({ status: 'ready', page: { id: '1', version: 2, latestVersion: 3 } })).kind).toBe('outdated');
  });

  it('carries the failure code, language and supported languages', () => {
    const state = stateOfView(view({
      status: 'failed',
      failure: { code: 'language-unsupported', language: 'tr', supportedLanguages: ['en', 'de'] },
    }));
    expect(state).toMatchObject({ kind: 'failed', code: 'language-unsupported', language: 'tr', supportedLanguages: ['en', 'de'] });
  });

  it('treats a failure without details as internal', () => {
    expect(stateOfView(view({ status: 'failed' }))).toMatchObject({ kind: 'failed', code: 'internal' });
  });
});

describe('needsRequest', () => {
  it('asks for suggestions only when there are none for the latest version', () => {
    expect(needsRequest(view({ status: 'none' }))).toBe(true);
    expect(needsRequest(view({ status: 'pending' }))).toBe(false);
    expect(needsRequest(view({ status: 'none', page: { id: '1', version: 1, latestVersion: 2 } }))).toBe(false);
  });
});
