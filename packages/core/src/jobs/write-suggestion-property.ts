/**
 * Writes the `labelup` content property with optimistic concurrency: read its version, write
 * version + 1; on a conflict (409) read again and retry. A property describing a NEWER page version
 * is never overwritten — that write wins and ours is dropped.
 */
import { ConflictError, type ConfluenceClient, type ContentRef } from '@labelup/confluence-client';
import { RetryableJobError } from '../ports.js';
import {
  parseSuggestionProperty,
  SUGGESTION_PROPERTY_KEY,
  SUGGESTION_PROPERTY_SCHEMA_VERSION,
  type SuggestionProperty,
} from '../suggestion-property.js';

/** The fields a job decides; the writer adds schema version, page and timestamps. */
export type PropertyBody = Pick<SuggestionProperty, 'status' | 'suggestions' | 'language' | 'failure'>;

/** `written`, or `superseded` when a newer page version's property was kept. */
export type WriteResult = 'written' | 'superseded';

/** Attempts before giving up on conflicts (then the job is retried later). */
const MAX_CONFLICT_ROUNDS = 5;

/** Writes the property for `ref` at page version `version`. */
export async function writeSuggestionProperty(
  client: ConfluenceClient,
  ref: ContentRef,
  version: number,
  body: PropertyBody,
  now: () => Date,
  signal?: AbortSignal,
): Promise<WriteResult> {
  const options = signal ? { signal } : {};
  for (let round = 1; round <= MAX_CONFLICT_ROUNDS; round++) {
    const existing = await client.getProperty(ref, SUGGESTION_PROPERTY_KEY, options);
    const current = parseSuggestionProperty(existing?.value);
    if (current && current.page.version > version) return 'superseded';
    const at = now().toISOString();
    const value: SuggestionProperty = {
      schemaVersion: SUGGESTION_PROPERTY_SCHEMA_VERSION,
      status: body.status,
      page: { id: ref.id, version },
      suggestions: body.suggestions,
      ...(body.language !== undefined ? { language: body.language } : {}),
      ...(body.failure !== undefined ? { failure: body.failure } : {}),
      createdAt: current && current.page.version === version ? current.createdAt : at,
      updatedAt: at,
    };
    try {
      if (existing) await client.updateProperty(ref, existing, value, existing.version + 1, options);
      else await client.createProperty(ref, SUGGESTION_PROPERTY_KEY, value, options);
      return 'written';
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  throw new RetryableJobError('property-conflict: concurrent writes kept winning');
}
