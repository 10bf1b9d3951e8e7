/**
 * The content property `labelup` the worker writes on each processed page: the suggestions live in
 * Confluence itself, not in our stores. It holds no account ids and no personal data — only the
 * page's id and version, suggested labels with their evidence, the language and timestamps.
 */

/** The property key on the page. */
export const SUGGESTION_PROPERTY_KEY = 'labelup';

/** Bumped when the shape changes incompatibly; readers ignore other versions. */
export const SUGGESTION_PROPERTY_SCHEMA_VERSION = 1;

/** Where a suggested phrase occurs on the page (mirrors the engine's evidence, positions omitted). */
export interface PropertyEvidence {
  readonly count: number;
  readonly inTitle: boolean;
  readonly headingLevels: readonly number[];
  readonly panelTypes: readonly string[];
  readonly inExpand: boolean;
  readonly emphasis: readonly string[];
  /** Present when the label names the page's document kind, recognised from its title and/or headings. */
  readonly kind?: { readonly id: string; readonly signals: readonly ('title' | 'headings')[] };
}

/** One suggestion as stored. */
export interface PropertySuggestion {
  readonly label: string;
  readonly phrase: string;
  /** [0, 1], higher is better. */
  readonly relevance: number;
  readonly evidence: PropertyEvidence;
}

/** User-visible failure codes of a job. */
export type SuggestionFailureCode =
  | 'text-too-short'
  | 'language-undetermined'
  | 'language-unsupported'
  | 'page-not-found'
  | 'app-uninstalled'
  | 'internal';

/** The value of the `labelup` content property. */
export interface SuggestionProperty {
  readonly schemaVersion: typeof SUGGESTION_PROPERTY_SCHEMA_VERSION;
  readonly status: 'pending' | 'ready' | 'failed';
  readonly page: { readonly id: string; readonly version: number };
  /** Ranked by relevance; empty unless `status` is `ready`. */
  readonly suggestions: readonly PropertySuggestion[];
  /** ISO 639-1 code, or `und`; absent while pending. */
  readonly language?: string;
  readonly failure?: { readonly code: SuggestionFailureCode; readonly language?: string; readonly supportedLanguages?: readonly string[] };
  /** ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Reads a stored property value; undefined when it is not a property of this schema version. */
export function parseSuggestionProperty(value: unknown): SuggestionProperty | undefined {
  const v = value as Partial<SuggestionProperty> | null;
  if (!v || typeof v !== 'object' || v.schemaVersion !== SUGGESTION_PROPERTY_SCHEMA_VERSION) return undefined;
  if (v.status !== 'pending' && v.status !== 'ready' && v.status !== 'failed') return undefined;
  if (!v.page || typeof v.page.id !== 'string' || !Number.isInteger(v.page.version)) return undefined;
  if (!Array.isArray(v.suggestions) || typeof v.createdAt !== 'string' || typeof v.updatedAt !== 'string') return undefined;
  return v as SuggestionProperty;
}

/**
 * How long a `pending` property is believed (10 minutes): a job runs in seconds, or waits out a few
 * rate limits. Past it, readers treat the property as absent — the dialog requests suggestions
 * again — so a property never keeps a dialog waiting forever, whatever happened to its job (a
 * crash before it was queued, a result that could never be written).
 */
export const PENDING_TIMEOUT_MS = 10 * 60_000;

/** True for a `pending` property last written more than `timeoutMs` before `nowMs` (or with an unreadable time). */
export function isStalePending(property: { readonly status: string; readonly updatedAt?: string }, nowMs: number, timeoutMs = PENDING_TIMEOUT_MS): boolean {
  if (property.status !== 'pending') return false;
  const at = property.updatedAt === undefined ? Number.NaN : Date.parse(property.updatedAt);
  return !Number.isFinite(at) || nowMs - at > timeoutMs;
}
