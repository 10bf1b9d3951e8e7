/**
 * The contract between the dialogs (packages/web) and the app, on either platform. Types only: the
 * web UI imports this file with `import type` and nothing else of the app.
 *
 * Connect (packages/service) answers it over HTTP, below. Forge (packages/forge) answers the same
 * bodies from resolver functions the dialogs `invoke` through `@forge/bridge`: `getSuggestions`,
 * `requestSuggestions` (RequestSuggestionsBody), `getLabels`, `addLabels` (AddLabelsBody); a
 * resolver that fails answers `ApiErrorBody` with the same codes (see ResolverAnswer).
 *
 * Every route is under `/api`, authenticated by the Connect context JWT in
 * `Authorization: JWT <token>` (a fresh token from `AP.context.getToken()` per request), and bound
 * to the content in the token's context (`context.confluence.content.{id,version,type}`).
 *
 *   GET  /api/suggestions            -> SuggestionsView
 *   POST /api/suggestions            (RequestSuggestionsBody) -> 202 SuggestionsView  (idempotent; force recomputes)
 *   GET  /api/labels                 -> LabelsView
 *   POST /api/labels                 (AddLabelsBody) -> AddLabelsResult
 *   GET  /api/events                 -> text/event-stream of ServerEvent (read with fetch + Authorization
 *                                       header, since EventSource cannot send headers)
 *
 * Every route also accepts an optional `?pageId=<id>` naming the page the dialog believes it is on;
 * when it differs from the token's content the request is refused with 403 `content-mismatch`.
 * `POST /api/suggestions` answers 202 when a job was queued, 200 when nothing was queued (ready, or
 * outdated). `GET /api/events` ends when the token expires; reconnect with a fresh token.
 *
 * Errors: any non-2xx response has the body ApiErrorBody.
 */

import type { PropertySuggestion, SuggestionFailureCode } from './suggestion-property.js';

/** Stable error codes the UI translates (the Connect service's catalog is service/src/errors.ts; the Forge resolvers answer the same codes). */
export type ApiErrorCode =
  | 'not-authenticated'
  | 'token-expired'
  | 'content-mismatch'
  | 'license-missing'
  | 'license-inactive'
  | 'invalid-request'
  | 'permission-denied'
  | 'page-not-found'
  | 'rate-limited'
  | 'confluence-unavailable'
  | 'internal';

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly requestId?: string };
}

/** Why a suggestion job failed, as stored and as shown (user-visible codes): the stored property's codes. */
export type JobFailureCode = SuggestionFailureCode;

/** One ready suggestion, exactly as the `labelup` property stores it. */
export type SuggestedLabel = PropertySuggestion;

/** Status of suggestions for the context page version. */
export type SuggestionsStatus = 'none' | 'pending' | 'ready' | 'outdated' | 'failed';

export interface SuggestionsView {
  readonly status: SuggestionsStatus;
  readonly page: {
    readonly id: string;
    /** The version in the context token (what the person is viewing). */
    readonly version: number;
    /** The page's latest version in Confluence. `status: 'outdated'` when version < latestVersion. */
    readonly latestVersion: number;
  };
  /** Present when status is 'ready': ranked, labels already on the page excluded. */
  readonly suggestions?: readonly SuggestedLabel[];
  /**
   * Present when status is 'ready': the suggestions that are already labels on the page, with their
   * relevance — so the dialog can tell "the strongest labels are already on the page" (Good job!) from
   * "nothing on this page is worth adding".
   */
  readonly onPage?: readonly SuggestedLabel[];
  /** Labels currently on the page. */
  readonly labels: readonly string[];
  /** Present when status is 'failed'. */
  readonly failure?: {
    readonly code: JobFailureCode;
    /** For 'language-unsupported' and 'language-undetermined'. */
    readonly supportedLanguages?: readonly string[];
    readonly language?: string;
  };
  /** Language the suggestions were made for. */
  readonly language?: string;
  readonly updatedAt?: string;
}

export interface RequestSuggestionsBody {
  /** Recompute even when suggestions for this version exist. */
  readonly force?: boolean;
}

export interface LabelsView {
  readonly labels: readonly string[];
}

export interface AddLabelsBody {
  /** 1..20 labels, each already a valid Confluence label. */
  readonly labels: readonly string[];
}

export interface AddLabelsResult {
  readonly added: readonly string[];
  /** All labels on the page afterwards. */
  readonly labels: readonly string[];
}

/** Events pushed to an open dialog, scoped to its page and user. */
export type ServerEvent =
  | { readonly type: 'suggestions-ready'; readonly pageId: string; readonly version: number }
  | { readonly type: 'suggestions-failed'; readonly pageId: string; readonly version: number; readonly code: JobFailureCode }
  | { readonly type: 'ping' };

/** What a Forge resolver answers: the value, or the error body an HTTP route would have sent. */
export type ResolverAnswer<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false; readonly status: number } & ApiErrorBody);
