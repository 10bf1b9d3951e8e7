/**
 * Reads a JWT's header and claims WITHOUT verifying it, to learn which key verifies it (`kid`,
 * `iss`). Hand-written because atlassian-jwt's `getKeyId` throws untyped errors and has no way to
 * read the claims alone; verification itself is left to atlassian-jwt.
 */
import { ConnectAuthError } from './auth-error.js';

/** The unverified parts of a JWT. */
export interface JwtParts {
  readonly header: { readonly alg?: unknown; readonly kid?: unknown; readonly typ?: unknown };
  readonly claims: Record<string, unknown>;
}

function decodeSegment(segment: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) throw new ConnectAuthError('malformed-token');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new ConnectAuthError('malformed-token');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConnectAuthError('malformed-token');
  return value as Record<string, unknown>;
}

/** Splits and decodes a compact JWT; throws `malformed-token` on anything else. */
export function readJwtParts(token: string): JwtParts {
  const segments = token.split('.');
  if (segments.length !== 3 || token.length > 16_384) throw new ConnectAuthError('malformed-token');
  const [header, claims] = [decodeSegment(segments[0] ?? ''), decodeSegment(segments[1] ?? '')];
  return { header, claims };
}

/** Extracts the token from `Authorization: JWT <token>`; throws `missing-token` otherwise. */
export function tokenFromAuthorization(header: string | undefined | null): string {
  const match = /^JWT ([A-Za-z0-9_.-]+)$/.exec(header?.trim() ?? '');
  if (!match?.[1]) throw new ConnectAuthError('missing-token');
  return match[1];
}

/** `exp` check in whole seconds with a small leeway for clock drift (Atlassian's example app allows 3 s). */
export function checkExpiry(claims: Record<string, unknown>, now: Date, leewaySeconds = 3): void {
  const exp = claims['exp'];
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new ConnectAuthError('missing-claim');
  if (now.getTime() / 1000 >= exp + leewaySeconds) throw new ConnectAuthError('token-expired');
}
