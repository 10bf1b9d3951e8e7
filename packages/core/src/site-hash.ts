/** Log lines name a site by a short hash only. */
import { createHash } from 'node:crypto';

/**
 * A short stable hash of a site key (Connect client key, Forge installation id) for log lines: lets
 * operators correlate the lines of one site without the logs naming it.
 */
export function hashSiteKey(siteKey: string): string {
  return createHash('sha256').update(siteKey).digest('hex').slice(0, 12);
}
