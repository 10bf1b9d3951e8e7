/**
 * What the API needs from Confluence for one site, as a port: the routes never see HTTP clients,
 * JWTs or OAuth. The real implementation (confluence-gateway.ts) sits on @labelup/confluence-client;
 * it throws AppErrors from the catalog (page-not-found, permission-denied, rate-limited,
 * confluence-unavailable).
 */
import type { JobFailureCode, SuggestedLabel } from './contract.js';
import type { Tenant } from '../core/ports.js';

/** The `labelup` content property as the API reads it. */
export interface StoredSuggestions {
  readonly status: 'pending' | 'ready' | 'failed';
  /** The page version the suggestions were (or are being) made for. */
  readonly version: number;
  readonly suggestions?: readonly SuggestedLabel[];
  readonly failure?: { readonly code: JobFailureCode; readonly language?: string; readonly supportedLanguages?: readonly string[] };
  readonly language?: string;
  readonly updatedAt?: string;
}

/** What `markPending` found or did. */
export type MarkPendingOutcome = 'marked' | 'pending' | 'done';

/** A page reference inside a site. */
export interface PageRef {
  readonly id: string;
  readonly type: 'page' | 'blogpost';
}

/** Confluence, as the API uses it. */
export interface PageGateway {
  /** The page's latest version number (as the app). */
  latestVersion(tenant: Tenant, page: PageRef): Promise<number>;
  /** Global labels on the page (as the app). */
  labels(tenant: Tenant, page: PageRef): Promise<readonly string[]>;
  /** The `labelup` property (as the app), undefined when absent or unreadable. */
  readSuggestions(tenant: Tenant, page: PageRef): Promise<StoredSuggestions | undefined>;
  /**
   * Writes a `pending` property for a version (as the app), keeping any newer write. Concurrent
   * callers for one version all succeed: `marked` (this call wrote it), `pending` (another request's
   * fresh pending property stands; its job is or will be queued), `done` (a ready result for this
   * version, one that landed meanwhile, or a property of a newer version is there: nothing to
   * queue). `force` overwrites a result of this version; a failed one is always retried. Conflicts that keep winning are Confluence's trouble (`confluence-unavailable`),
   * never the client's.
   */
  markPending(tenant: Tenant, page: PageRef, version: number, options?: { force?: boolean }): Promise<MarkPendingOutcome>;
  /** Adds global labels AS THE USER; returns every global label on the page afterwards. */
  addLabelsAsUser(tenant: Tenant, accountId: string, page: PageRef, labels: readonly string[]): Promise<readonly string[]>;
}
