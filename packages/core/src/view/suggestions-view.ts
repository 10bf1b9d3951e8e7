/**
 * Computes the dialog's view of a page version from what Confluence holds — pure, so every case
 * (none, pending, ready, outdated, failed) is tested without HTTP.
 */
import type { SuggestionsView } from '../contract.js';
import { isStalePending, PENDING_TIMEOUT_MS } from '../suggestion-property.js';
import type { StoredSuggestions } from '../pages/page-gateway.js';

/** Inputs of `buildSuggestionsView`. */
export interface ViewInputs {
  readonly pageId: string;
  /** The version in the context token. */
  readonly version: number;
  readonly latestVersion: number;
  readonly labels: readonly string[];
  readonly stored: StoredSuggestions | undefined;
  /** Now, in ms since epoch (for the pending timeout). Default `Date.now()`. */
  readonly nowMs?: number;
  /** How long a pending property is believed. Default `PENDING_TIMEOUT_MS`. */
  readonly pendingTimeoutMs?: number;
}

/**
 * Status rules: viewing an older version than the latest → outdated; no property, or one made for
 * another version → none; a pending property older than the pending timeout → none (its job is
 * gone: the dialog requests again); otherwise the property's status. Ready suggestions exclude
 * labels already on the page.
 */
export function buildSuggestionsView(inputs: ViewInputs): SuggestionsView {
  const page = { id: inputs.pageId, version: inputs.version, latestVersion: Math.max(inputs.latestVersion, inputs.version) };
  const base = { page, labels: [...inputs.labels] };
  const stored = inputs.stored;
  if (inputs.version < inputs.latestVersion) return { status: 'outdated', ...base };
  if (!stored || stored.version !== inputs.version) return { status: 'none', ...base };
  if (isStalePending(stored, inputs.nowMs ?? Date.now(), inputs.pendingTimeoutMs ?? PENDING_TIMEOUT_MS)) return { status: 'none', ...base };
  const meta = { ...(stored.language ? { language: stored.language } : {}), ...(stored.updatedAt ? { updatedAt: stored.updatedAt } : {}) };
  if (stored.status === 'pending') return { status: 'pending', ...base, ...meta };
  if (stored.status === 'failed') return { status: 'failed', ...base, ...meta, failure: stored.failure ?? { code: 'internal' } };
  const onPage = new Set(inputs.labels);
  const all = stored.suggestions ?? [];
  const suggestions = all.filter((s) => !onPage.has(s.label));
  return { status: 'ready', ...base, ...meta, suggestions, onPage: all.filter((s) => onPage.has(s.label)) };
}
