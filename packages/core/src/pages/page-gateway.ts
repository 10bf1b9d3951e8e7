/**
 * What the dialog operations need from Confluence for one site, as a port: the operations never
 * see HTTP clients, JWTs, OAuth or `@forge/api`. The Connect service implements it on
 * @labelup/confluence-client with app JWTs and OAuth user tokens (keyed by its install record); the
 * Forge app on `@forge/api` (`asApp()`, `asUser()`).
 */
import type { JobFailureCode, SuggestedLabel } from '../contract.js';

/** The `labelup` content property as the dialog operations read it. */
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

/** Confluence, as the dialog operations use it; `Site` is whatever names a site on the platform. */
export interface PageGateway<Site> {
  /** The page's latest version number (as the app). */
  latestVersion(site: Site, page: PageRef): Promise<number>;
  /** Global labels on the page (as the app). */
  labels(site: Site, page: PageRef): Promise<readonly string[]>;
  /** The `labelup` property (as the app), undefined when absent or unreadable. */
  readSuggestions(site: Site, page: PageRef): Promise<StoredSuggestions | undefined>;
  /**
   * Writes a `pending` property for a version (as the app), keeping any newer write. Concurrent
   * callers for one version all succeed: `marked` (this call wrote it), `pending` (another request's
   * fresh pending property stands; its job is or will be queued), `done` (a ready result for this
   * version, one that landed meanwhile, or a property of a newer version is there: nothing to
   * queue). `force` overwrites a result of this version; a failed one is always retried. Conflicts
   * that keep winning are Confluence's trouble (`confluence-unavailable`), never the client's.
   */
  markPending(site: Site, page: PageRef, version: number, options?: { force?: boolean }): Promise<MarkPendingOutcome>;
  /** Adds global labels AS THE USER; returns every global label on the page afterwards. */
  addLabelsAsUser(site: Site, accountId: string, page: PageRef, labels: readonly string[]): Promise<readonly string[]>;
}
