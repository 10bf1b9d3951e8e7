/**
 * Signed-install verification (Connect `apiMigrations.signed-install`): the `installed` and
 * `uninstalled` callbacks carry an RS256 JWT whose header `kid` names the public key on the install
 * key server. Checks, in order: algorithm RS256, key by kid, signature, `exp`, `aud` contains our
 * base URL, `iss` equals the body's clientKey, `qsh` matches the request; `iat`/`nbf` not in the
 * future and a lifetime of at most 5 minutes. Pure apart from the
 * injected key provider; the hono adapter is lifecycle-routes.ts, which also refuses a token seen
 * before (the JWT does not cover the body, so a replayed token could carry another body).
 */
import { createHash } from 'node:crypto';
import * as jwt from 'atlassian-jwt';
import { z } from 'zod';
import { ConnectAuthError } from './auth-error.js';
import type { InstallKeyProvider } from './install-keys.js';
import { CLOCK_SKEW_SECONDS, checkTimes, readJwtParts } from './jwt-parts.js';

/** The lifecycle payload Atlassian posts (fields we keep or check; unknown ones are ignored). */
export const lifecyclePayloadSchema = z.object({
  key: z.string().min(1).max(200),
  clientKey: z.string().min(1).max(200),
  sharedSecret: z.string().min(16).max(256).optional(),
  baseUrl: z.url({ protocol: /^https?$/ }),
  displayUrl: z.url({ protocol: /^https?$/ }).optional(),
  productType: z.string().min(1).max(50),
  description: z.string().max(1000).optional(),
  serviceEntitlementNumber: z.string().max(200).optional(),
  eventType: z.enum(['installed', 'uninstalled', 'enabled', 'disabled']),
  oauthClientId: z.string().max(200).optional(),
});

/** A validated lifecycle payload. */
export type LifecyclePayload = z.infer<typeof lifecyclePayloadSchema>;

/** The request being verified, as the HTTP adapter sees it. */
export interface SignedRequest {
  readonly authorization: string;
  readonly method: string;
  /** Path and query as received, e.g. `/installed` or `/connect/installed?user_key=x`. */
  readonly pathAndQuery: string;
  readonly clientKey: string;
}

/** Injected dependencies of the checker. */
export interface InstallVerifierDeps {
  readonly getInstallKey: InstallKeyProvider;
  /** Our base URL as in the descriptor: the expected `aud`. */
  readonly baseUrl: string;
  readonly now?: () => Date;
}

/** Longest lifecycle-token lifetime accepted (`exp − iat`): 5 minutes (Connect's are 3 minutes). */
export const MAX_LIFECYCLE_TOKEN_SECONDS = 5 * 60;

/** What a verified lifecycle token leaves for the replay cache. */
export interface VerifiedLifecycleToken {
  /** SHA-256 of the compact token (hex): its identity in the replay cache. */
  readonly tokenHash: string;
  /** Until when the token could be replayed (its `exp` plus the clock skew), in ms since epoch. */
  readonly replayableUntilMs: number;
}

/** Verifies a signed lifecycle callback; throws ConnectAuthError with a typed code. */
export async function verifySignedInstall(request: SignedRequest, deps: InstallVerifierDeps): Promise<VerifiedLifecycleToken> {
  const match = /^JWT ([A-Za-z0-9_.-]+)$/.exec(request.authorization.trim());
  if (!match?.[1]) throw new ConnectAuthError('missing-token');
  const token = match[1];
  const { header, claims } = readJwtParts(token);
  if (header.alg !== 'RS256') throw new ConnectAuthError('wrong-algorithm');
  if (typeof header.kid !== 'string') throw new ConnectAuthError('unknown-key');
  const pem = await deps.getInstallKey(header.kid);
  try {
    jwt.decodeAsymmetric(token, pem, jwt.AsymmetricAlgorithm.RS256);
  } catch {
    throw new ConnectAuthError('bad-signature');
  }
  checkTimes(claims, (deps.now ?? (() => new Date()))(), { maxLifetimeSeconds: MAX_LIFECYCLE_TOKEN_SECONDS });
  const aud = claims['aud'];
  const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  const ours = deps.baseUrl.replace(/\/+$/, '');
  if (!audiences.some((a) => a.replace(/\/+$/, '') === ours)) throw new ConnectAuthError('wrong-audience');
  if (claims['iss'] !== request.clientKey) throw new ConnectAuthError('wrong-issuer');
  const expected = jwt.createQueryStringHash(jwt.fromMethodAndUrl(request.method, request.pathAndQuery), false, deps.baseUrl);
  if (claims['qsh'] !== expected) throw new ConnectAuthError('wrong-qsh');
  return {
    tokenHash: createHash('sha256').update(token).digest('hex'),
    replayableUntilMs: ((claims['exp'] as number) + CLOCK_SKEW_SECONDS) * 1000,
  };
}
