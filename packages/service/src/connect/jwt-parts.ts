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

/** Clock skew allowed on every time claim, in seconds (Atlassian's example app allows 3 s on `exp`). */
export const CLOCK_SKEW_SECONDS = 3;

/** Limits of `checkTimes`. */
export interface TimeLimits {
  /** Longest lifetime (`exp` − `iat`) accepted, in seconds. */
  readonly maxLifetimeSeconds: number;
  /** Clock skew allowed on `iat`, `nbf` and `exp`, in seconds. Default `CLOCK_SKEW_SECONDS`. */
  readonly skewSeconds?: number;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The time claims of a token, in whole seconds with a small skew allowance: `exp` and `iat` are
 * required numbers; `iat` is not in the future; `nbf`, when present, is a number that has passed;
 * `exp` has not passed; and the lifetime `exp − iat` is at most `maxLifetimeSeconds` (a token
 * minted to live for days is refused even while it is "valid").
 */
export function checkTimes(claims: Record<string, unknown>, now: Date, limits: TimeLimits): void {
  const skew = limits.skewSeconds ?? CLOCK_SKEW_SECONDS;
  const nowS = now.getTime() / 1000;
  const { exp, iat, nbf } = claims;
  if (!isTime(exp) || !isTime(iat)) throw new ConnectAuthError('missing-claim');
  if (nbf !== undefined && !isTime(nbf)) throw new ConnectAuthError('malformed-token');
  if (iat > nowS + skew) throw new ConnectAuthError('token-not-yet-valid');
  if (isTime(nbf) && nbf > nowS + skew) throw new ConnectAuthError('token-not-yet-valid');
  if (exp <= iat) throw new ConnectAuthError('token-lifetime');
  if (exp - iat > limits.maxLifetimeSeconds) throw new ConnectAuthError('token-lifetime');
  if (nowS >= exp + skew) throw new ConnectAuthError('token-expired');
}
