import type { ConnectScope } from '../state/index.js';

/**
 * Connect scopes are hierarchical: ADMIN ⊃ SPACE_ADMIN ⊃ DELETE ⊃ WRITE ⊃ READ (Atlassian "Scopes for
 * Connect apps"). ACT_AS_USER and ACCESS_EMAIL_ADDRESSES stand alone.
 */
const LADDER: ConnectScope[] = ['READ', 'WRITE', 'DELETE', 'SPACE_ADMIN', 'ADMIN'];

/** Every Connect scope name the emulator knows. */
export const CONNECT_SCOPES: ConnectScope[] = ['NONE', 'READ', 'WRITE', 'DELETE', 'SPACE_ADMIN', 'ADMIN', 'ACT_AS_USER', 'ACCESS_EMAIL_ADDRESSES'];

/** Does a set of granted scopes include `needed` (honouring the hierarchy)? */
export function hasScope(granted: readonly ConnectScope[], needed: ConnectScope): boolean {
  if (granted.includes(needed)) return true;
  const level = LADDER.indexOf(needed);
  if (level < 0) return false;
  return granted.some((g) => LADDER.indexOf(g) > level);
}

/** The scope a REST request needs, by HTTP method: reads READ, writes WRITE, deletes DELETE. */
export function scopeForMethod(method: string): ConnectScope {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
    case 'OPTIONS':
      return 'READ';
    case 'DELETE':
      return 'DELETE';
    default:
      return 'WRITE';
  }
}
