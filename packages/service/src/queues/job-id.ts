/**
 * Job ids and job-data validation shared by every queue backend: duplicates of one page version
 * collapse into one job because they get the same id.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { SuggestJobData } from '../core/ports.js';

/**
 * The id of a suggestion job: a hash of client key, content type, content id and version, so the
 * id is stable, short, safe for every backend (no `:`), and names no site. `force` adds a random
 * nonce: a forced recompute is a new job even while another one for that version is queued.
 */
export function suggestJobId(data: SuggestJobData): string {
  const key = [data.clientKey, data.contentType, data.contentId, String(data.version)].join('\u0000');
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return data.force ? `suggest-${hash}-force-${randomUUID()}` : `suggest-${hash}`;
}

/**
 * Validates job data and returns a copy holding ONLY the references a job may carry (client key,
 * content id and type, version, force) — never page content, even if a caller passes more.
 * Throws a TypeError naming the bad field.
 */
export function toJobData(data: SuggestJobData): SuggestJobData {
  const d = data as unknown as Record<string, unknown>;
  if (typeof d.clientKey !== 'string' || d.clientKey.length === 0 || d.clientKey.length > 255) {
    throw new TypeError('job data: clientKey must be a non-empty string of at most 255 characters');
  }
  if (typeof d.contentId !== 'string' || !/^\d{1,30}$/.test(d.contentId)) {
    throw new TypeError('job data: contentId must be a numeric string');
  }
  if (d.contentType !== 'page' && d.contentType !== 'blogpost') {
    throw new TypeError('job data: contentType must be "page" or "blogpost"');
  }
  if (typeof d.version !== 'number' || !Number.isSafeInteger(d.version) || d.version < 1) {
    throw new TypeError('job data: version must be a positive integer');
  }
  if (d.force !== undefined && typeof d.force !== 'boolean') throw new TypeError('job data: force must be a boolean');
  return {
    clientKey: d.clientKey,
    contentId: d.contentId,
    contentType: d.contentType,
    version: d.version,
    ...(d.force ? { force: true } : {}),
  };
}
