/**
 * Verifies a Connect HS256 JWT bound to one request by its query string hash (the kind Atlassian
 * sends server-to-server): signature with the shared secret of the site named by `iss`, the time claims
 * (`iat`, `nbf`, `exp`, bounded lifetime), and
 * `qsh` equal to the hash of this method + path + query. Used for the per-site data report.
 */
import * as jwt from 'atlassian-jwt';
import { ConnectAuthError } from './auth-error.js';
import { MAX_CONTEXT_TOKEN_SECONDS } from './context-jwt.js';
import { checkTimes, readJwtParts } from './jwt-parts.js';

/** The request being verified. */
export interface HashedRequest {
  readonly token: string;
  readonly method: string;
  readonly pathAndQuery: string;
  /** Our base URL; its path prefix is stripped before hashing (Connect's canonical URI). */
  readonly baseUrl: string;
}

/** Verifies the token and returns the client key (`iss`); throws ConnectAuthError. */
export async function verifyRequestToken(
  request: HashedRequest,
  getSharedSecret: (clientKey: string) => Promise<string | undefined>,
  now: Date = new Date(),
): Promise<string> {
  const { header, claims } = readJwtParts(request.token);
  if (header.alg !== 'HS256') throw new ConnectAuthError('wrong-algorithm');
  const iss = claims['iss'];
  if (typeof iss !== 'string' || iss.length === 0) throw new ConnectAuthError('missing-claim');
  const secret = await getSharedSecret(iss);
  if (secret === undefined) throw new ConnectAuthError('unknown-issuer');
  try {
    jwt.decodeSymmetric(request.token, secret, jwt.SymmetricAlgorithm.HS256);
  } catch {
    throw new ConnectAuthError('bad-signature');
  }
  checkTimes(claims, now, { maxLifetimeSeconds: MAX_CONTEXT_TOKEN_SECONDS });
  const expected = jwt.createQueryStringHash(jwt.fromMethodAndUrl(request.method, request.pathAndQuery), false, request.baseUrl);
  if (claims['qsh'] !== expected) throw new ConnectAuthError('wrong-qsh');
  return iss;
}
