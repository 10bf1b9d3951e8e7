/**
 * The suggestion job's queue on Forge: `@forge/events` async events to the `consumer` module. An
 * event body holds references only (site key, page id and type, version, force) — never content.
 */
import { Queue } from '@forge/events';
import type { SuggestJobData } from '@labelup/core';

/** The queue key (manifest: `modules.consumer[].queue`). */
export const SUGGESTION_QUEUE_KEY = 'labelup-suggestions';

/** The body of one event: a job's references. */
export type SuggestionEventBody = { [K in keyof SuggestJobData]: SuggestJobData[K] };

/** Pushes one suggestion job. */
export async function pushSuggestionJob(data: SuggestJobData): Promise<void> {
  const body: SuggestionEventBody = {
    clientKey: data.clientKey,
    contentId: data.contentId,
    contentType: data.contentType,
    version: data.version,
    ...(data.force ? { force: true } : {}),
  };
  await new Queue({ key: SUGGESTION_QUEUE_KEY }).push({ body });
}

/** Reads an event body back; undefined when it is not a job's references. */
export function parseSuggestionEventBody(body: unknown): SuggestJobData | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b['clientKey'] !== 'string' || b['clientKey'].length === 0 || b['clientKey'].length > 500) return undefined;
  if (typeof b['contentId'] !== 'string' || !/^\d{1,30}$/.test(b['contentId'])) return undefined;
  if (b['contentType'] !== 'page' && b['contentType'] !== 'blogpost') return undefined;
  if (typeof b['version'] !== 'number' || !Number.isInteger(b['version']) || b['version'] < 1) return undefined;
  if (b['force'] !== undefined && typeof b['force'] !== 'boolean') return undefined;
  return { clientKey: b['clientKey'], contentId: b['contentId'], contentType: b['contentType'], version: b['version'], ...(b['force'] ? { force: true } : {}) };
}
