import { timingSafeEqual } from 'node:crypto';
import { findUserByEmail, type Site, type User } from '../state/index.js';

/**
 * Verifies `Basic base64(email:apiToken)`; undefined when it does not match a seeded user.
 * Not hono's `basicAuth` middleware: that one answers 401 itself, while Confluence answers bad credentials
 * with v1 403 / v2 404, decided by the authenticate middleware.
 */
export function verifyBasic(site: Site, credentials: string): User | undefined {
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = findUserByEmail(site, decoded.slice(0, colon));
  const given = Buffer.from(decoded.slice(colon + 1));
  if (!user?.apiToken) return undefined;
  const expected = Buffer.from(user.apiToken);
  return given.length === expected.length && timingSafeEqual(given, expected) ? user : undefined;
}
