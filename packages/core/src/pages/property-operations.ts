/**
 * The `labelup` property operations of the dialogs, on any `ConfluenceClient` acting as the app:
 * read it as `StoredSuggestions`, and mark a version pending with optimistic concurrency. Both
 * platforms' page gateways call these, so a page reads and is marked the same on Connect and Forge.
 */
import { ConflictError, type ConfluenceClient } from '@labelup/confluence-client';
import { isStalePending, parseSuggestionProperty, SUGGESTION_PROPERTY_KEY, SUGGESTION_PROPERTY_SCHEMA_VERSION, type SuggestionProperty } from '../suggestion-property.js';
import type { MarkPendingOutcome, PageRef, StoredSuggestions } from './page-gateway.js';

/** Rounds of read + write when concurrent writers conflict (each re-reads what won). */
const PENDING_WRITE_ATTEMPTS = 6;

/** Thrown by `markPending` when concurrent writes kept winning: Confluence's trouble, never the caller's. */
export class PendingConflictError extends Error {
  override readonly name = 'PendingConflictError';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The stored property as the dialog operations read it. */
export function toStoredSuggestions(property: SuggestionProperty): StoredSuggestions {
  return {
    status: property.status,
    version: property.page.version,
    suggestions: property.suggestions,
    ...(property.failure ? { failure: property.failure } : {}),
    ...(property.language ? { language: property.language } : {}),
    updatedAt: property.updatedAt,
  };
}

/** The page's `labelup` property, undefined when absent, of another schema version or of another page. */
export async function readStoredSuggestions(client: ConfluenceClient, page: PageRef): Promise<StoredSuggestions | undefined> {
  const property = await client.getProperty<unknown>(page, SUGGESTION_PROPERTY_KEY);
  const parsed = property ? parseSuggestionProperty(property.value) : undefined;
  return parsed && parsed.page.id === page.id ? toStoredSuggestions(parsed) : undefined;
}

/** Options of `markPending`. */
export interface MarkPendingOptions {
  /** Overwrite a result of this version. */
  readonly force?: boolean;
  /** Now, in ms since epoch. Default `Date.now`. */
  readonly now?: () => number;
}

/** See `PageGateway.markPending`; throws PendingConflictError when conflicts kept winning. */
export async function markPending(client: ConfluenceClient, page: PageRef, version: number, options: MarkPendingOptions = {}): Promise<MarkPendingOutcome> {
  const now = options.now ?? Date.now;
  // Optimistic concurrency: re-read and retry on conflict; never overwrite a newer version's write.
  for (let attempt = 1; attempt <= PENDING_WRITE_ATTEMPTS; attempt += 1) {
    const current = await client.getProperty<unknown>(page, SUGGESTION_PROPERTY_KEY);
    const parsed = current ? parseSuggestionProperty(current.value) : undefined;
    if (parsed && parsed.page.version > version) return 'done';
    if (parsed && parsed.page.version === version) {
      const freshPending = parsed.status === 'pending' && !isStalePending(parsed, now());
      // Another request got there first (or, after a conflict, wrote meanwhile): its write stands.
      if (freshPending && (!options.force || attempt > 1)) return 'pending';
      // A result that landed meanwhile stands; a ready one stands unless forced; a failed one is retried.
      if (parsed.status !== 'pending' && (attempt > 1 || (parsed.status === 'ready' && !options.force))) return 'done';
    }
    const at = new Date(now()).toISOString();
    const value: SuggestionProperty = {
      schemaVersion: SUGGESTION_PROPERTY_SCHEMA_VERSION,
      status: 'pending',
      page: { id: page.id, version },
      suggestions: [],
      createdAt: at,
      updatedAt: at,
    };
    try {
      if (current) await client.updateProperty(page, current, value, current.version + 1);
      else await client.createProperty(page, SUGGESTION_PROPERTY_KEY, value);
      return 'marked';
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
  throw new PendingConflictError('mark pending: concurrent property writes kept conflicting');
}
